package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.Pipeline;
import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.model.Article;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.topology.Topics;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops in the middle of a replay and comes back ten seconds later: the running pipeline waits, carries
 * on, and concludes what an undisturbed run does.
 */
@Tag("reliability")
class BrokerOutageIT {

    static final int ARTICLES = 1200;
    static final Duration OUTAGE = Duration.ofSeconds(10);

    @Test
    void shouldCatchUpAfterTheBrokerComesBack(@TempDir Path brokerData) throws Exception {
        List<Article> articles = new ArticleGenerator(31, PipelineDriver.gazetteer()).generate(ARTICLES);
        Reference.Expected undisturbed = Reference.expected(articles);

        String applicationId = "outage";
        try (KafkaFixture kafka = new KafkaFixture(brokerData);
             Pipeline pipeline = kafka.startPipeline(Map.of(BlastwatchConfig.APPLICATION_ID, applicationId))) {
            kafka.publish(articles.subList(0, ARTICLES / 2));
            Reference.awaitCommitted(kafka, applicationId, ARTICLES / 4, Duration.ofMinutes(2));

            kafka.outage(OUTAGE);
            assertThat(pipeline.streams().state()).as("pipeline state after the outage")
                    .isIn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);

            kafka.publish(articles.subList(ARTICLES / 2, ARTICLES));
            KafkaFixture.awaitIdle(pipeline, 0);
            assertThat(kafka.committed(applicationId, Topics.ARTICLES_RAW.name())).isEqualTo(ARTICLES);
            assertThat(pipeline.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            Reference.assertSameAsReference(kafka, undisturbed);
        }
    }
}
