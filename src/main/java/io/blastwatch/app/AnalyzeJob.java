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

    private final BlastwatchConfig config;
    private final Consumer<String> progress;

    public AnalyzeJob(BlastwatchConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    public AnalysisReport run(List<String> paths) throws IOException, InterruptedException {
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
                IdleDetector.await(pipeline.streams(), ingested.published(), quiet, IDLE_TIMEOUT);
            }
            return report(client, ingested);
        } finally {
            deleteRecursively(workDir);
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
