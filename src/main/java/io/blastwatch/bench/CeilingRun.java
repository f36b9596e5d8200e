package io.blastwatch.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The ceiling: what this machine and broker do with no processing at all. A producer with ingestion's settings sends
 * the articles to a topic with as many partitions as {@code articles-raw} while a plain consumer reads them back;
 * the time runs from the first send to the last record read.
 */
final class CeilingRun {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private CeilingRun() {
    }

    static Throughput measure(Map<String, Object> client, List<GeneratedArticle> articles, String topic, int partitions,
                              Consumer<String> progress) throws Exception {
        try (Admin admin = Admin.create(client)) {
            // Record times are publication times, years back: with the broker's default retention of a week, its
            // periodic clean-up would delete the records while the consumer is still reading them.
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(Map.of("retention.ms", "-1"))))
                    .all().get(1, TimeUnit.MINUTES);
            io.blastwatch.app.TopicProvisioner.awaitLeaders(admin, List.of(topic));
        }
        long bytes = articles.stream().mapToLong(a -> a.json().length).sum();
        AtomicLong read = new AtomicLong();
        CompletableFuture<Long> lastRead = CompletableFuture.supplyAsync(() -> readAll(client, topic, partitions,
                articles.size(), read));
        long started = System.nanoTime();
        long finished;
        int resent;
        try (PhaseProgress reporter = new PhaseProgress("ceiling: articles read back", articles.size(), read::get,
                progress)) {
            try {
                resent = ArticleSender.send(client, topic, articles);
            } catch (RuntimeException e) {
                lastRead.cancel(true);
                throw e;
            }
            finished = lastRead.get(TIMEOUT.toMinutes(), TimeUnit.MINUTES);
        }
        return new Throughput(articles.size(), bytes, finished - started, resent);
    }

    /** Reads the topic until it has seen {@code expected} articles; returns the {@link System#nanoTime()} then. */
    private static long readAll(Map<String, Object> client, String topic, int partitions, int expected,
                                AtomicLong count) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(topic, p));
            }
            consumer.assign(all);
            consumer.seekToBeginning(all);
            // Distinct articles: one sent again after its batch timed out may have arrived twice.
            java.util.Set<java.nio.ByteBuffer> read = new java.util.HashSet<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (read.size() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("ceiling consumer read " + read.size() + " of " + expected
                            + " articles");
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                records.forEach(r -> read.add(java.nio.ByteBuffer.wrap(r.key())));
                count.set(read.size());
            }
            return System.nanoTime();
        }
    }
}
