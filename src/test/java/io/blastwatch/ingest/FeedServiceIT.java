package io.blastwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.testing.FeedServer;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.topology.Topics;
import org.junit.jupiter.api.Test;

/** Feeds polled against a real broker: each article published once, across polls and restarts. */
class FeedServiceIT {

    private static final String TEXT = ("The explosion at the arsenal near Belgorod on 3 March 2024 destroyed two storage "
            + "buildings, regional officials said, without naming a cause. Firefighters worked through the night. ").repeat(2);

    @Test
    void shouldPublishEachItemOnceAcrossPollsNewItemsAndRestarts() throws Exception {
        try (KafkaFixture kafka = new KafkaFixture(); FeedServer server = new FeedServer()) {
            server.addRss(new FeedServer.Item("r1", "Arsenal blast", "Mon, 04 Mar 2024 08:00:00 GMT", "Short.", TEXT));
            server.addRss(new FeedServer.Item("r2", "Second report", "Mon, 04 Mar 2024 09:00:00 GMT", "Short too.", TEXT + " More."));
            server.addAtom(new FeedServer.Item("a1", "Atom report", "2024-03-04T10:00:00Z", TEXT, "unused"));
            List<URI> feeds = List.of(URI.create(server.url("/rss.xml")), URI.create(server.url("/atom.xml")));

            try (Poller first = new Poller(kafka, feeds)) {
                assertThat(first.service.pollOnce().published()).isEqualTo(3);
                FeedService.PollSummary second = first.service.pollOnce();
                assertThat(second.published()).isZero();
                assertThat(articles(kafka)).hasSize(3);

                server.addRss(new FeedServer.Item("r3", "Follow-up", "Mon, 04 Mar 2024 12:00:00 GMT", "New.", TEXT + " Later."));
                assertThat(first.service.pollOnce().published()).as("a new item after the next poll").isEqualTo(1);
                assertThat(server.hits("/news/r1")).as("the page of an item already published is not fetched again")
                        .isEqualTo(1);
                assertThat(server.hits("/news/r3")).isEqualTo(1);
            }
            assertThat(server.hits("/rss.xml")).isEqualTo(3);

            try (Poller restarted = new Poller(kafka, feeds)) {
                FeedService.PollSummary afterRestart = restarted.service.pollOnce();
                assertThat(afterRestart.published()).as("a restart republishes nothing").isZero();
            }
            assertThat(articles(kafka)).hasSize(4);
            assertThat(TopicSnapshot.all(kafka.client(), Topics.ARTICLES_RAW))
                    .allSatisfy(r -> assertThat(r.timestamp()).as("record time is the publication time")
                            .isLessThan(java.time.Instant.parse("2024-03-05T00:00:00Z").toEpochMilli()));
        }
    }

    private static List<?> articles(KafkaFixture kafka) {
        return TopicSnapshot.all(kafka.client(), Topics.ARTICLES_RAW);
    }

    /** A poller as a process would build it: memory loaded from the topic, its own producer. */
    private static final class Poller implements AutoCloseable {
        final ArticlePublisher publisher;
        final KafkaFeedMemory memory;
        final FeedService service;

        Poller(KafkaFixture kafka, List<URI> feeds) {
            publisher = new ArticlePublisher(kafka.client(), Clock.systemUTC());
            memory = new KafkaFeedMemory(kafka.client(), Topics.FEED_STATE,
                    TopicSnapshot.latest(kafka.client(), Topics.FEED_STATE), Clock.systemUTC());
            service = new FeedService(feeds, FeedReader.standard(new ArticleDefaults()), memory, publisher);
        }

        @Override
        public void close() {
            service.close();
            memory.close();
            publisher.close();
        }
    }
}
