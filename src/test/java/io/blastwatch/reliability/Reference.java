package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.model.Article;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.Outcome;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.topology.Topic;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What one uninterrupted run concludes from a set of articles, and the checks that a disturbed cluster run
 * concluded the same: nothing lost, nothing doubled.
 */
final class Reference {

    /**
     * A killed member's partitions move once its session expires: Kafka's default of 45 s would spend most of a test
     * waiting. Six seconds is the broker's minimum.
     */
    static final String[] FAST_FAILOVER = {"session.timeout.ms=6000", "heartbeat.interval.ms=1500"};

    private Reference() {
    }

    /** The articles through the whole topology in one {@code TopologyTestDriver}, in publication order. */
    static Expected expected(List<Article> articles) {
        try (PipelineDriver driver = new PipelineDriver()) {
            driver.sendAll(articles);
            assertThat(driver.deadLetters()).as("dead letters of the reference run").isEmpty();
            Outcome outcome = Outcome.of(driver);
            assertThat(outcome.incidents()).as("incidents of the reference run").hasSizeGreaterThan(articles.size() / 20);
            assertThat(outcome.firing()).as("alerts of the reference run").isNotEmpty();
            return new Expected(outcome, driver.mentionRecords());
        }
    }

    record Expected(Outcome outcome, long mentionRecords) {
    }

    /** Waits until the application has committed at least this many input articles. */
    static void awaitCommitted(KafkaFixture kafka, String applicationId, long articles, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (kafka.committed(applicationId, Topics.ARTICLES_RAW.name()) < articles) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(applicationId + " did not commit " + articles + " articles within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** The cluster's committed output equals the reference, and no record was written twice. */
    static void assertSameAsReference(KafkaFixture kafka, Expected expected) {
        Outcome actual = Outcome.fromTopics(kafka.client());
        Outcome reference = expected.outcome();
        TreeSet<String> missing = new TreeSet<>(reference.incidents().keySet());
        missing.removeAll(actual.incidents().keySet());
        TreeSet<String> extra = new TreeSet<>(actual.incidents().keySet());
        extra.removeAll(reference.incidents().keySet());
        assertThat(missing).as("incidents lost").isEmpty();
        assertThat(extra).as("incidents that the reference run does not have").isEmpty();
        reference.incidents().forEach((id, incident) ->
                assertThat(actual.incidents().get(id)).as("incident %s", id).isEqualTo(incident));
        assertThat(actual.counts()).as("rolling counts").isEqualTo(reference.counts());
        assertThat(actual.firing()).as("firing alerts").isEqualTo(reference.firing());

        assertThat(TopicSnapshot.all(kafka.client(), Topics.INCIDENT_MENTIONS)).as("mention records")
                .hasSize((int) expected.mentionRecords());
        assertThat(TopicSnapshot.all(kafka.client(), Topics.DEAD_LETTERS)).as("dead letters").isEmpty();
        for (Topic<String, ?> topic : List.of(Topics.INCIDENTS, Topics.COUNTS, Topics.ALERTS)) {
            assertNoRepeat(kafka, topic);
        }
    }

    /**
     * Each stage writes a key only when its value changes, so the same value twice in a row for one key is a
     * record written twice: what a crash between a write and its commit leaves behind without transactions.
     */
    private static <V> void assertNoRepeat(KafkaFixture kafka, Topic<String, V> topic) {
        Map<String, V> last = new HashMap<>();
        int records = 0;
        for (ConsumerRecord<String, V> r : TopicSnapshot.all(kafka.client(), topic)) {
            boolean seen = last.containsKey(r.key());
            assertThat(seen && Objects.equals(last.get(r.key()), r.value()))
                    .as("%s: key %s written twice in a row at offset %d", topic.name(), r.key(), r.offset()).isFalse();
            last.put(r.key(), r.value());
            records++;
        }
        assertThat(records).as("records on %s", topic.name()).isPositive();
    }
}
