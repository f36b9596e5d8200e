package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.blastwatch.testing.KafkaFixture;
import org.junit.jupiter.api.Test;

/**
 * What `analyze` and `evaluate` wait for besides a quiet spell: every partition the pipeline reads (its inputs and its
 * repartition topics) committed to its end. A quiet spell alone could be a stage starved of the CPU.
 */
class ConsumedToEndIT {

    @Test
    void shouldSayConsumedOnlyWhenEveryInputIsCommittedToItsEnd() throws Exception {
        try (KafkaFixture kafka = new KafkaFixture()) {
            String group = "consumed-" + UUID.randomUUID();
            try (Pipeline pipeline = kafka.startPipeline(Map.of(BlastwatchConfig.APPLICATION_ID, group))) {
                long published = kafka.ingest(List.of("examples/articles")).published();
                KafkaFixture.awaitIdle(pipeline, published);
                long deadline = System.nanoTime() + 60_000_000_000L;
                boolean consumed = AnalyzeJob.consumedToEnd(kafka.client(), group);
                while (!consumed && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    consumed = AnalyzeJob.consumedToEnd(kafka.client(), group);
                }
                assertThat(consumed).as("an idle pipeline has committed all its input").isTrue();
            }

            kafka.ingest(List.of("examples/articles"));

            assertThat(AnalyzeJob.consumedToEnd(kafka.client(), group))
                    .as("articles that arrived while the pipeline was stopped are not consumed").isFalse();
        }
    }
}
