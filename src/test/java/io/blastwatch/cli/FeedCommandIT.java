package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blastwatch.testing.FeedServer;
import io.blastwatch.testing.KafkaFixture;
import org.junit.jupiter.api.Test;

/** {@code feed --once} fails visibly when a feed cannot be read: one line per feed saying why, and exit 1. */
class FeedCommandIT {

    @Test
    void shouldExitNonZeroNamingEachUnreadableFeedOnce() throws Exception {
        try (KafkaFixture kafka = new KafkaFixture(); FeedServer server = new FeedServer()) {
            String refused = "http://127.0.0.1:1/feed.xml";
            String missing = server.url("/no-such-feed.xml");
            MainTest.Outcome o = MainTest.execute("feed", "--once", "--bootstrap-servers", kafka.bootstrap(), refused,
                    missing);
            int exit = o.exit();
            String err = o.err();

            assertThat(exit).isEqualTo(1);
            assertThat(err).doesNotContain("null");
            assertThat(err.lines().filter(l -> l.startsWith("blastwatch: "))).containsExactly(
                    "blastwatch: feed " + refused + ": connection refused",
                    "blastwatch: feed " + missing + " answered HTTP 404");
        }
    }
}
