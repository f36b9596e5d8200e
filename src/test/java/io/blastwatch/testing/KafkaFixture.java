package io.blastwatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.IdleDetector;
import io.blastwatch.app.Pipeline;
import io.blastwatch.app.TopicProvisioner;
import io.blastwatch.app.TopicSpec;
import io.blastwatch.broker.BrokerSettings;
import io.blastwatch.broker.EmbeddedKafkaBroker;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleFiles;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.Ingestion;
import io.blastwatch.ingest.IngestionSummary;
import io.blastwatch.model.Article;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A real embedded broker for integration tests, with the project's topics, and pipelines that each get their own
 * application id and state directory so tests never see each other's state.
 */
public final class KafkaFixture implements AutoCloseable {

    private final BrokerSettings restartable;
    private EmbeddedKafkaBroker broker;

    public KafkaFixture() {
        restartable = null;
        broker = EmbeddedKafkaBroker.startTemporary();
        provisionTopics();
    }

    /** A broker on fixed ports over a data directory of the caller's, so that it can be stopped and started again. */
    public KafkaFixture(Path dataDir) {
        restartable = new BrokerSettings(dataDir, Ports.free(), Ports.free(), Map.of());
        broker = EmbeddedKafkaBroker.start(restartable);
        provisionTopics();
    }

    private void provisionTopics() {
        try (Admin admin = Admin.create(client())) {
            TopicProvisioner.ensure(admin, TopicSpec.bundled());
        }
    }

    /** Stops the broker, keeps it down for the given time, and starts it again on the same ports and data. */
    public void outage(Duration down) throws InterruptedException {
        stopBroker();
        Thread.sleep(down.toMillis());
        startBroker();
    }

    /** Stops the broker; {@link #startBroker()} brings it back on the same ports and data. */
    public void stopBroker() {
        if (restartable == null) {
            throw new IllegalStateException("a temporary broker cannot be restarted: use KafkaFixture(Path)");
        }
        broker.close();
    }

    /**
     * Starts the stopped broker again and waits until every partition has a leader: a restarted broker answers
     * requests before it leads its partitions again, and a producer's first sends would then wait on metadata.
     */
    public void startBroker() {
        broker = EmbeddedKafkaBroker.start(restartable);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (Admin admin = Admin.create(client())) {
            while (true) {
                try {
                    var topics = admin.describeTopics(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                            .allTopicNames().get(10, TimeUnit.SECONDS);
                    if (topics.values().stream().flatMap(t -> t.partitions().stream()).allMatch(p -> p.leader() != null
                            && !p.leader().isEmpty())) {
                        return;
                    }
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // not ready yet: asked again below
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the restarted broker leads no partitions after 90 s");
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the restarted broker", e);
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

    /** A pipeline with a unique application id unless the settings give one; the caller closes it. */
    public Pipeline startPipeline(Map<String, String> settings) {
        try {
            Map<String, Object> values = new HashMap<>(settings);
            values.putIfAbsent(BlastwatchConfig.APPLICATION_ID, "it-" + UUID.randomUUID());
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

    /**
     * Publishes the articles as ingestion does, each with its publication time, and waits until all are stored.
     *
     * <p>Articles whose send fails are sent once more by a new producer. On this two-core machine a producer
     * sometimes gets no answer for one partition until its batches expire (seen after a broker restart and under the
     * benchmark's load, with the old code as with the new); a new producer, with a new connection and producer id,
     * gets through. A batch the first producer gave up on may still have been stored, and a new producer id would
     * store it twice: only the failed articles the topic does not hold are sent again, so it holds each article once.
     */
    public void publish(List<Article> articles) {
        List<Article> failed = send(articles);
        if (!failed.isEmpty()) {
            java.util.Set<String> stored = storedArticleIds();
            List<Article> again = send(failed.stream().filter(a -> !stored.contains(a.id())).toList());
            if (!again.isEmpty()) {
                throw new IllegalStateException("could not publish " + again.size() + " of the test articles, twice");
            }
        }
    }

    /** The ids (record keys) of every article the raw topic holds, committed or not. */
    private java.util.Set<String> storedArticleIds() {
        Map<String, Object> props = new HashMap<>(client());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer
                    .partitionsFor(io.blastwatch.topology.Topics.ARTICLES_RAW.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read back the raw topic in a minute");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> ids.add(r.key()));
            }
        }
        return ids;
    }

    /** Sends the articles with one producer and returns those it could not store. */
    private List<Article> send(List<Article> articles) {
        List<Article> failed = new ArrayList<>();
        try (ArticlePublisher publisher = new ArticlePublisher(client(), Clock.systemUTC())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            articles.forEach(a -> sent.add(publisher.publish(a, null)));
            for (int i = 0; i < sent.size(); i++) {
                try {
                    // As long as the producer itself keeps trying (delivery.timeout.ms).
                    sent.get(i).get(130, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    failed.add(articles.get(i));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the test articles", e);
        }
        return failed;
    }

    /** How many input records the application has committed as processed, over every partition. */
    public long committed(String applicationId, String topic) {
        try (Admin admin = Admin.create(client())) {
            return admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of " + applicationId, e);
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
