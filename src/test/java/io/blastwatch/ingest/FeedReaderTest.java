package io.blastwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;

import io.blastwatch.model.PublicationSource;
import io.blastwatch.testing.FeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    private static final String FULL_TEXT = ("An explosion shook the gunpowder plant in Kotovsk, Tambov Oblast, on "
            + "10 November 2023. Regional officials gave no cause for the blast and said the fire was put out. "
            + "Residents described windows rattling across the town, and several roads were closed for hours. ").repeat(3);

    private FeedServer server;
    private FeedReader reader;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        reader = FeedReader.standard(new ArticleDefaults());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldReadRssItemsAndCompleteASummaryFromItsPage() throws Exception {
        server.addRss(new FeedServer.Item("kotovsk-blast", "Blast at Kotovsk plant", "Sat, 11 Nov 2023 09:30:00 GMT",
                "A blast at the gunpowder plant.", FULL_TEXT));

        FeedReader.FeedItems read = reader.read(URI.create(server.url("/rss.xml")), null, null);

        assertThat(read.items()).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isTrue();
            assertThat(r.article().url()).isEqualTo(server.url("/news/kotovsk-blast"));
            assertThat(r.article().outlet()).isEqualTo("Steppe Herald");
            assertThat(r.article().published()).isEqualTo("2023-11-11T09:30:00Z");
            assertThat(r.article().publishedFrom()).isEqualTo(PublicationSource.FEED);
            assertThat(r.article().text()).contains("10 November 2023").doesNotContain("Read also")
                    .doesNotContain("donation").doesNotContain("Home");
        });
        assertThat(server.hits("/news/kotovsk-blast")).isEqualTo(1);
        assertThat(server.userAgents()).allMatch(ua -> ua.startsWith("blastwatch/"));
    }

    @Test
    void shouldReadAtomEntriesAndKeepAFullTextWithoutFetchingThePage() throws Exception {
        server.addAtom(new FeedServer.Item("long", "Long report", "2024-02-08T10:00:00Z", FULL_TEXT, "unused"));

        FeedReader.FeedItems read = reader.read(URI.create(server.url("/atom.xml")), null, null);

        assertThat(read.items()).singleElement().satisfies(r -> {
            assertThat(r.article().outlet()).isEqualTo("Kama Ledger");
            assertThat(r.article().published()).isEqualTo("2024-02-08T10:00:00Z");
            assertThat(r.article().text()).contains("Kotovsk");
        });
        assertThat(server.hits("/news/long")).as("a full text needs no page").isZero();
    }

    @Test
    void shouldAskConditionallyAndHearThatNothingChanged() throws Exception {
        server.addRss(new FeedServer.Item("a", "A", "Sat, 11 Nov 2023 09:30:00 GMT", FULL_TEXT, FULL_TEXT));
        FeedReader.FeedItems first = reader.read(URI.create(server.url("/rss.xml")), null, null);
        assertThat(first.etag()).isNotBlank();

        FeedReader.FeedItems second = reader.read(URI.create(server.url("/rss.xml")), first.etag(), first.lastModified());

        assertThat(second.notModified()).isTrue();
        assertThat(second.items()).isEmpty();
    }

    @Test
    void shouldSayWhyAFeedCannotBeRead() {
        assertThatThrownBy(() -> reader.read(URI.create(server.url("/news/missing")), null, null))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 404");
    }
}
