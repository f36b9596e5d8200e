package io.blastwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationSource;
import org.junit.jupiter.api.Test;

class ArticleDefaultsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-11T17:45:09.987654Z"), ZoneOffset.UTC);
    private static final String TEXT = "Witnesses described two loud bangs before the fire.";

    private final ArticleDefaults defaults = new ArticleDefaults(null, 10_000, CLOCK);

    private static Article article(String id, String url, String outlet, String title, String published,
                                   String language, String text) {
        return new Article(id, url, outlet, title, published, published == null ? null : PublicationSource.FIELD,
                language, text);
    }

    private static Article completed(ArticleDefaults defaults, String origin, Article article) {
        ReadResult result = defaults.complete(origin, article);
        assertThat(result.accepted()).as("rejection: %s", result.rejection()).isTrue();
        assertThat(result.origin()).isEqualTo(origin);
        return result.article();
    }

    private Article liveCompleted(Article article) {
        return completed(defaults.live(), "push", article);
    }

    private Article completed(Article article) {
        return completed(defaults, "in/report.json", article);
    }

    @Test
    void shouldDeriveAStableIdFromTheUrl() {
        Article first = completed(article(null, "https://news.example.com/a/1", null, "One", null, null, TEXT));
        Article sameUrlOtherContent = completed(article(null, "https://news.example.com/a/1", "Other outlet",
                "Another title", "2024-01-01", "uk", "Completely different body text."));
        Article otherUrl = completed(article(null, "https://news.example.com/a/2", null, "One", null, null, TEXT));
        Article paddedUrl = completed(article(null, "  https://news.example.com/a/1  ", null, "One", null, null, TEXT));

        assertThat(first.id()).matches("u-[0-9a-f]{16}");
        assertThat(sameUrlOtherContent.id()).isEqualTo(first.id());
        assertThat(paddedUrl.id()).isEqualTo(first.id());
        assertThat(paddedUrl.url()).isEqualTo("https://news.example.com/a/1");
        assertThat(otherUrl.id()).matches("u-[0-9a-f]{16}").isNotEqualTo(first.id());
    }

    @Test
    void shouldDeriveAStableIdFromTheContentWithoutUrl() {
        Article first = completed(article(null, null, "Herald", "Title", null, null, TEXT));
        Article again = completed(article(null, null, "Herald", "Title", "2024-02-02", null, TEXT));
        Article otherText = completed(article(null, null, "Herald", "Title", null, null, TEXT + " Updated."));
        Article otherOutlet = completed(article(null, null, "Gazette", "Title", null, null, TEXT));
        Article blankUrl = completed(article(null, "   ", "Herald", "Title", null, null, TEXT));

        assertThat(first.id()).matches("c-[0-9a-f]{16}");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(blankUrl.id()).isEqualTo(first.id());
        assertThat(blankUrl.url()).isNull();
        assertThat(otherText.id()).matches("c-[0-9a-f]{16}").isNotEqualTo(first.id());
        assertThat(otherOutlet.id()).isNotEqualTo(first.id());
    }

    @Test
    void shouldKeepAnExplicitId() {
        Article a = completed(article("my-own-id", "https://news.example.com/a/1", null, null, null, null, TEXT));

        assertThat(a.id()).isEqualTo("my-own-id");
    }

    @Test
    void shouldTakeTheOutletFromTheUrlHostWithoutWww() {
        Article a = completed(new ArticleDefaults("Cli Outlet", 10_000, CLOCK), "x.json",
                article(null, "https://WWW.Daily-Example.org/world/blast?id=5", null, null, null, null, TEXT));
        Article noWww = completed(article(null, "http://wire.example.net/x", null, null, null, null, TEXT));

        assertThat(a.outlet()).isEqualTo("daily-example.org");
        assertThat(noWww.outlet()).isEqualTo("wire.example.net");
    }

    @Test
    void shouldPreferTheArticlesOwnOutletOverTheUrlHost() {
        Article a = completed(article(null, "https://www.example.org/x", "Example Daily", null, null, null, TEXT));

        assertThat(a.outlet()).isEqualTo("Example Daily");
    }

    @Test
    void shouldUseTheOutletOptionWhenThereIsNoUrl() {
        Article a = completed(new ArticleDefaults("Regional Wire", 10_000, CLOCK), "dir/file-name.txt",
                article(null, null, null, null, null, null, TEXT));

        assertThat(a.outlet()).isEqualTo("Regional Wire");
    }

    @Test
    void shouldUseTheOutletOptionWhenTheUrlHasNoHost() {
        Article a = completed(new ArticleDefaults("Regional Wire", 10_000, CLOCK), "dir/file-name.txt",
                article(null, "not a url at all", null, null, null, null, TEXT));

        assertThat(a.outlet()).isEqualTo("Regional Wire");
    }

    @Test
    void shouldUseTheFileNameWithoutExtensionAsLastResort() {
        Article fromFile = completed(defaults, "/data/incoming/kharkiv-post.txt",
                article(null, null, null, null, null, null, TEXT));
        Article fromLine = completed(defaults, "archive/odesa-times.jsonl.gz:12",
                article(null, null, null, null, null, null, TEXT));
        Article fromWindowsPath = completed(defaults, "C:\\feeds\\lviv-news.html",
                article(null, null, null, null, null, null, TEXT));

        assertThat(fromFile.outlet()).isEqualTo("kharkiv-post");
        assertThat(fromLine.outlet()).isEqualTo("odesa-times");
        assertThat(fromWindowsPath.outlet()).isEqualTo("lviv-news");
    }

    @Test
    void shouldFillAMissingPublicationTimeWithTheIngestionTimeOnlyForALiveSource() {
        Article archived = completed(article(null, null, "Herald", null, null, null, TEXT));
        Article live = liveCompleted(article(null, null, "Herald", null, null, null, TEXT));

        assertThat(archived.published()).isNull();
        assertThat(archived.publishedFrom()).isNull();
        assertThat(live.published()).isEqualTo("2024-06-11T17:45:09Z");
        assertThat(live.publishedFrom()).isEqualTo(PublicationSource.INGESTION);
    }

    @Test
    void shouldKeepAGivenPublicationTime() {
        Article date = completed(article(null, null, "Herald", null, "2023-11-30", null, TEXT));
        Article dateTime = completed(article(null, null, "Herald", null, "2023-11-30T06:00:00+02:00", null, TEXT));

        assertThat(date.published()).isEqualTo("2023-11-30");
        assertThat(date.publishedFrom()).isEqualTo(PublicationSource.FIELD);
        assertThat(dateTime.published()).isEqualTo("2023-11-30T06:00:00+02:00");
        assertThat(dateTime.publishedFrom()).isEqualTo(PublicationSource.FIELD);
    }

    @Test
    void shouldDefaultTheLanguageToEnglish() {
        Article missing = completed(article(null, null, "Herald", null, null, null, TEXT));
        Article blank = completed(article(null, null, "Herald", null, null, "  ", TEXT));
        Article given = completed(article(null, null, "Herald", null, null, "pl", TEXT));

        assertThat(missing.language()).isEqualTo("en");
        assertThat(blank.language()).isEqualTo("en");
        assertThat(given.language()).isEqualTo("pl");
    }

    @Test
    void shouldTurnABlankTitleIntoNullAndKeepTheText() {
        Article a = completed(article(null, null, "Herald", "   ", null, null, TEXT));

        assertThat(a.title()).isNull();
        assertThat(a.text()).isEqualTo(TEXT);
    }

    @Test
    void shouldRejectMissingBlankAndOverlongText() {
        ArticleDefaults small = new ArticleDefaults(null, 10, CLOCK);

        ReadResult missing = small.complete("a.json", article(null, null, null, null, null, null, null));
        ReadResult blank = small.complete("a.json", article(null, null, null, null, null, null, " \n "));
        ReadResult tooLong = small.complete("a.json", article(null, null, null, null, null, null, "12345678901"));
        ReadResult atLimit = small.complete("a.json", article(null, null, null, null, null, null, "1234567890"));

        assertThat(missing.accepted()).isFalse();
        assertThat(missing.rejection()).contains("empty");
        assertThat(blank.accepted()).isFalse();
        assertThat(blank.rejection()).contains("empty");
        assertThat(tooLong.accepted()).isFalse();
        assertThat(tooLong.rejection()).contains("too long");
        assertThat(atLimit.accepted()).isTrue();
    }
}
