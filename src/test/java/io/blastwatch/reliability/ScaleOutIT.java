package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.model.Article;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.AppProcess;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.topology.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the packaged application share the four partitions; each answers queries for every key; when one
 * is killed mid-stream the other takes its partitions over, and together they conclude what one run does.
 */
@Tag("reliability")
class ScaleOutIT {

    static final int ARTICLES = 2000;
    static final long SEED = 20231126;

    @Test
    void shouldShareTheWorkAndTakeOverWhenAnInstanceDies(@TempDir Path dataA, @TempDir Path dataB) throws Exception {
        List<Article> articles = new ArticleGenerator(SEED, PipelineDriver.gazetteer()).generate(ARTICLES);
        Reference.Expected single = Reference.expected(articles);
        List<Article> firstHalf = articles.subList(0, ARTICLES / 2);
        List<Article> secondHalf = articles.subList(ARTICLES / 2, ARTICLES);

        try (KafkaFixture kafka = new KafkaFixture()) {
            String applicationId = "scale-" + SEED;
            try (AppProcess a = new AppProcess(kafka.bootstrap(), applicationId, dataA, Reference.FAST_FAILOVER);
                 AppProcess b = new AppProcess(kafka.bootstrap(), applicationId, dataB, Reference.FAST_FAILOVER)) {
                a.start();
                b.start();
                kafka.publish(firstHalf);
                AppProcess.awaitIdle(kafka.client(), List.of(a, b), Duration.ofSeconds(3), Duration.ofMinutes(3));

                Set<String> written = TopicSnapshot.latest(kafka.client(), Topics.INCIDENTS).keySet();
                Set<String> heldByA = ids(a.get("/api/local/incidents"));
                Set<String> heldByB = ids(b.get("/api/local/incidents"));
                assertThat(heldByA).as("incidents held by the first instance").isNotEmpty();
                assertThat(heldByB).as("incidents held by the second instance").isNotEmpty().doesNotContainAnyElementsOf(heldByA);
                for (AppProcess instance : List.of(a, b)) {
                    assertThat(ids(instance.get("/api/incidents?limit=10000"))).as("incidents answered on port %d",
                            instance.httpPort()).isEqualTo(new TreeSet<>(written));
                }

                kafka.publish(secondHalf);
                Reference.awaitCommitted(kafka, applicationId, ARTICLES / 2 + ARTICLES / 8, Duration.ofMinutes(2));
                b.kill();
                // Quiet for longer than the session timeout, so the takeover has begun before this returns.
                AppProcess.awaitIdle(kafka.client(), List.of(a), Duration.ofSeconds(8), Duration.ofMinutes(3));

                // The survivor only learns of the death after the session timeout, and then restores the dead
                // instance's stores: until then it answers for its own partitions only, or not at all.
                Set<String> expected = new TreeSet<>(single.outcome().incidents().keySet());
                Set<String> answered = Set.of();
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (System.nanoTime() < deadline) {
                    try {
                        answered = ids(a.get("/api/incidents?limit=10000"));
                    } catch (IllegalStateException rebalancing) {
                        answered = Set.of();
                    }
                    if (answered.equals(expected)) {
                        break;
                    }
                    Thread.sleep(500);
                }
                assertThat(answered).as("incidents answered by the survivor").isEqualTo(expected);
                AppProcess.awaitIdle(kafka.client(), List.of(a), Duration.ofSeconds(4), Duration.ofMinutes(3));
                assertThat(kafka.committed(applicationId, Topics.ARTICLES_RAW.name())).isEqualTo(ARTICLES);
            }
            Reference.assertSameAsReference(kafka, single);
        }
    }

    private static Set<String> ids(String json) throws java.io.IOException {
        Set<String> ids = new TreeSet<>();
        for (JsonNode incident : Json.mapper().readTree(json)) {
            ids.add(incident.get("id").asText());
        }
        return ids;
    }
}
