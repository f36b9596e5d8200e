package io.blastwatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.IdleDetector;
import io.blastwatch.app.Pipeline;
import io.blastwatch.app.TopicProvisioner;
import io.blastwatch.app.TopicSpec;
import io.blastwatch.broker.EmbeddedKafkaBroker;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleFiles;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.Ingestion;
import io.blastwatch.ingest.IngestionSummary;
import org.apache.kafka.clients.admin.Admin;

/**
 * A real embedded broker for integration tests, with the project's topics, and pipelines that each get their own
 * application id and state directory so tests never see each other's state.
 */
public final class KafkaFixture implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;

    public KafkaFixture() {
        broker = EmbeddedKafkaBroker.startTemporary();
        try (Admin admin = Admin.create(client())) {
            TopicProvisioner.ensure(admin, TopicSpec.bundled());
        }
    }

    public String bootstrap() {
        return broker.bootstrapServers();
    }

    public Map<String, Object> client() {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", broker.bootstrapServers());
        return props;
    }

    /** A pipeline with a unique application id; the caller closes it. */
    public Pipeline startPipeline(Map<String, String> settings) {
        try {
            Map<String, Object> values = new HashMap<>(settings);
            values.put(BlastwatchConfig.APPLICATION_ID, "it-" + UUID.randomUUID());
            values.put(BlastwatchConfig.BOOTSTRAP_SERVERS, bootstrap());
            values.putIfAbsent(BlastwatchConfig.STREAM_THREADS, "2");
            BlastwatchConfig config = new BlastwatchConfig(values);
            return Pipeline.start(config, bootstrap(), Files.createTempDirectory("it-state-"), PipelineDriver.gazetteer());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public IngestionSummary ingest(List<String> paths) throws java.io.IOException, InterruptedException {
        try (ArticlePublisher publisher = new ArticlePublisher(client(), Clock.systemUTC())) {
            ArticleFiles files = new ArticleFiles(new ArticleParser(new ArticleDefaults()), ArticleFiles.DEFAULT_MAX_FILE_BYTES);
            return new Ingestion(files, null, publisher, s -> { }).ingest(paths, System.in);
        }
    }

    public static void awaitIdle(Pipeline pipeline, long processedAtLeast) {
        IdleDetector.await(pipeline.streams(), processedAtLeast, Duration.ofMillis(2000), Duration.ofMinutes(3));
    }

    public static Path seedsOrSkip() {
        return TestArticles.seedsDir();
    }

    @Override
    public void close() {
        broker.close();
    }
}
