package io.blastwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.blastwatch.broker.EmbeddedKafkaBroker;
import io.blastwatch.extract.Gazetteer;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleFiles;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.FeedReader;
import io.blastwatch.ingest.Ingestion;
import io.blastwatch.ingest.IngestionSummary;
import io.blastwatch.model.Alert;
import io.blastwatch.model.Incident;
import io.blastwatch.model.WindowCount;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.admin.Admin;

/**
 * The one-shot job: an embedded broker in a temporary directory, the articles under the given paths published to
 * it, the whole pipeline run until idle, the results read back from the output topics, everything removed after.
 */
public final class AnalyzeJob {

    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    /** Idle spells waited for at most, until the output topics stop growing between two of them. */
    private static final int MAX_SETTLE_ROUNDS = 5;

    private final BlastwatchConfig config;
    private final Consumer<String> progress;

    public AnalyzeJob(BlastwatchConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    public AnalysisReport run(List<String> paths) throws IOException, InterruptedException {
        return run(paths, false);
    }

    /**
     * @param requireComplete whether a pipeline that never committed all its input is an error rather than a
     *                        warning: a score of a partial result would be wrong without saying so
     */
    public AnalysisReport run(List<String> paths, boolean requireComplete) throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("blastwatch-analyze-");
        progress.accept("starting the embedded broker");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Map<String, Object> client = new HashMap<>(config.clientProperties());
            client.put("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                TopicProvisioner.ensure(admin, TopicSpec.bundled());
            }
            IngestionSummary ingested;
            try (ArticlePublisher publisher = new ArticlePublisher(client, Clock.systemUTC())) {
                ArticleFiles files = new ArticleFiles(new ArticleParser(new ArticleDefaults()),
                        ArticleFiles.DEFAULT_MAX_FILE_BYTES);
                ingested = new Ingestion(files, FeedReader.standard(new ArticleDefaults()), publisher, s -> { })
                        .ingest(paths, System.in);
            }
            if (ingested.published() == 0) {
                throw new IllegalArgumentException("nothing to analyze: " + (ingested.rejections().isEmpty()
                        ? "no articles in " + String.join(" ", paths)
                        : ingested.rejections().get(0).origin() + ": " + ingested.rejections().get(0).reason()));
            }
            progress.accept(ingested.read() + " articles read, " + ingested.published() + " published, "
                    + ingested.rejected() + " rejected; running the pipeline until it is idle");
            try (Pipeline pipeline = Pipeline.start(config, broker.bootstrapServers(), workDir.resolve("state"),
                    Gazetteer.load())) {
                Duration quiet = Duration.ofMillis(Math.max(1500, 3 * config.getLong(BlastwatchConfig.ALERT_SETTLE_MS)));
                // Idle once, then idle again with nothing new on the output topics: a record cache flushed at the
                // last commit can start more work after a quiet spell, and a result read then would be partial.
                Map<org.apache.kafka.common.TopicPartition, Long> before = Map.of();
                String group = config.getString(BlastwatchConfig.APPLICATION_ID);
                boolean consumed = false;
                for (int round = 0; round < MAX_SETTLE_ROUNDS; round++) {
                    IdleDetector.await(pipeline.streams(), ingested.published(), quiet, IDLE_TIMEOUT);
                    // A quiet spell is not proof on a busy machine: a stage starved of the CPU for longer than the
                    // quiet period looks idle. Done is when every partition the pipeline reads is committed to its end.
                    consumed = consumedToEnd(client, group);
                    if (!consumed) {
                        continue;
                    }
                    Map<org.apache.kafka.common.TopicPartition, Long> after = outputEnds(client);
                    if (after.equals(before)) {
                        break;
                    }
                    before = after;
                }
                if (!consumed && requireComplete) {
                    throw new IllegalStateException("the pipeline went quiet " + MAX_SETTLE_ROUNDS + " times without "
                            + "having committed all its input; its result would be partial");
                }
                if (!consumed) {
                    progress.accept("warning: the pipeline went quiet " + MAX_SETTLE_ROUNDS + " times without having "
                            + "committed all its input; the result may be partial");
                }
            }
            return report(client, ingested);
        } finally {
            deleteRecursively(workDir);
        }
    }

    /**
     * Whether the pipeline has committed, for every partition it reads (the input topics and its own repartition
     * topics), an offset at the partition's end: all the work handed to it is done and its results are committed.
     */
    static boolean consumedToEnd(Map<String, Object> client, String group) throws InterruptedException {
        try (Admin admin = Admin.create(client)) {
            Set<String> read = new java.util.TreeSet<>();
            Topics.INPUTS.forEach(t -> read.add(t.name()));
            for (String topic : admin.listTopics().names().get()) {
                if (topic.startsWith(group + "-") && topic.endsWith("-repartition")) {
                    read.add(topic);
                }
            }
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(read).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(
                            new org.apache.kafka.common.TopicPartition(topic, p.partition()),
                            org.apache.kafka.clients.admin.OffsetSpec.latest())));
            var ends = admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(
                    org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get();
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            for (var end : ends.entrySet()) {
                var offset = committed.get(end.getKey());
                long at = offset == null ? 0 : offset.offset();
                if (at < end.getValue().offset()) {
                    return false;
                }
            }
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read the pipeline's committed offsets", e.getCause());
        }
    }

    /** The committed end offsets of the topics the result is read from. */
    private static Map<org.apache.kafka.common.TopicPartition, Long> outputEnds(Map<String, Object> client)
            throws InterruptedException {
        List<String> topics = List.of(Topics.INCIDENT_MENTIONS.name(), Topics.INCIDENTS.name(), Topics.COUNTS.name(),
                Topics.ALERTS.name());
        try (Admin admin = Admin.create(client)) {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(
                            new org.apache.kafka.common.TopicPartition(topic, p.partition()),
                            org.apache.kafka.clients.admin.OffsetSpec.latest())));
            Map<org.apache.kafka.common.TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(
                            org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get()
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of the output topics", e.getCause());
        }
    }

    private static AnalysisReport report(Map<String, Object> client, IngestionSummary ingested) {
        List<Incident> incidents = new ArrayList<>(TopicSnapshot.latest(client, Topics.INCIDENTS).values());
        incidents.sort(Comparator.comparing(Incident::date).reversed().thenComparing(Incident::id));
        List<WindowCount> counts = new ArrayList<>(TopicSnapshot.latest(client, Topics.COUNTS).values());
        counts.sort(Comparator.comparing(WindowCount::country).thenComparing(WindowCount::windowEnd));
        List<Alert> alerts = new ArrayList<>(TopicSnapshot.latest(client, Topics.ALERTS).values());
        alerts.sort(Comparator.comparing(Alert::country).thenComparing(Alert::windowEnd));
        var deadLetters = TopicSnapshot.all(client, Topics.DEAD_LETTERS).stream().map(r -> r.value()).toList();
        return new AnalysisReport(new ArticleStats(ingested.read(), ingested.published(), ingested.rejected(),
                deadLetters.size()), incidents, counts, alerts, ingested.rejections(), deadLetters);
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
