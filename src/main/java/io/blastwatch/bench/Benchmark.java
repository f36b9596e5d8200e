package io.blastwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.IdleDetector;
import io.blastwatch.app.Pipeline;
import io.blastwatch.app.TopicProvisioner;
import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.app.TopicSpec;
import io.blastwatch.broker.EmbeddedKafkaBroker;
import io.blastwatch.extract.Gazetteer;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.serde.Json;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.admin.Admin;

/**
 * One benchmark run on one embedded broker: the ceiling of a plain producer and consumer, the whole pipeline under
 * exactly-once over the same articles, latency at a fixed rate, and the memory of {@code run}.
 */
public final class Benchmark {

    /**
     * @param articles       generated articles for the ceiling and the pipeline
     * @param rate           articles per second sent while latency is measured
     * @param latencyTime    how long latency is measured
     * @param memoryArticles articles sent to a separate {@code run} process while its memory is watched; 0 skips it
     * @param runJavaOptions options of the {@code java} command that starts {@code run} for the memory run
     * @param settings       settings of the measured pipeline, as {@code run} takes them
     */
    public record Options(int articles, long seed, double rate, Duration latencyTime, int memoryArticles,
                          List<String> runJavaOptions, Map<String, String> settings) {
        public Options {
            runJavaOptions = List.copyOf(runJavaOptions);
            settings = Map.copyOf(settings);
        }
    }

    /** The figures of one run. Memory is null when it was not measured. */
    public record Result(Throughput ceiling, Throughput pipeline, int incidents, LatencySamples incidentLatency,
                         LatencySamples alertLatency, MemoryRun.Memory memory) {
        public double ratio() {
            return pipeline.recordsPerSecond() / ceiling.recordsPerSecond();
        }
    }

    private static final Duration QUIET = Duration.ofSeconds(2);
    /*
     * Three periods of news: a warm-up, the throughput run, and the latency run more than a window after it, so that
     * the latency run's alerts are new episodes rather than the continuation of one the throughput run left open.
     * All in the past: an article dated ahead of its reading has its dates resolved against the reading day.
     */
    private static final LocalDate WARM_UP_PERIOD_END = LocalDate.of(2010, 12, 31);
    private static final LocalDate MAIN_PERIOD_END = LocalDate.of(2025, 6, 30);
    private static final LocalDate LIVE_PERIOD_END = LocalDate.of(2026, 9, 30);
    private static final Duration TIMEOUT = Duration.ofMinutes(60);

    private final Consumer<String> progress;

    public Benchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(Options options) throws Exception {
        Gazetteer gazetteer = Gazetteer.load();
        progress.accept("generating " + options.articles() + " articles");
        List<GeneratedArticle> articles = generate(options.articles(),
                new ArticleGenerator(options.seed(), gazetteer, MAIN_PERIOD_END));
        Path workDir = Files.createTempDirectory("blastwatch-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Map<String, Object> client = new HashMap<>();
            client.put("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                TopicProvisioner.ensure(admin, TopicSpec.bundled());
            }
            int partitions = TopicSpec.bundled().stream().filter(t -> t.name().equals(Topics.ARTICLES_RAW.name()))
                    .findFirst().orElseThrow().partitions();

            progress.accept("ceiling: a plain producer and consumer through a topic of " + partitions
                    + " partitions; a warm-up pass, then the measured one");
            CeilingRun.measure(client, articles, "bench-warm-up-" + UUID.randomUUID(), partitions);
            Throughput ceiling = CeilingRun.measure(client, articles, "bench-ceiling-" + UUID.randomUUID(), partitions);
            progress.accept("ceiling: " + ceiling);

            Map<String, Object> settings = new HashMap<>(options.settings());
            settings.put(BlastwatchConfig.APPLICATION_ID, "bench-" + UUID.randomUUID());
            settings.put(BlastwatchConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
            try (Pipeline pipeline = Pipeline.start(new BlastwatchConfig(settings), broker.bootstrapServers(),
                    workDir.resolve("state"), gazetteer)) {
                // Like the ceiling, the pipeline is measured warm: on a fresh JVM the compiler spends most of the
                // first minute on the broker, the Kafka libraries and us, which a running service has long done.
                List<GeneratedArticle> warmUp = generate(Math.max(500, Math.min(options.articles() / 5, 3000)),
                        new ArticleGenerator(options.seed() + 3, gazetteer, WARM_UP_PERIOD_END));
                progress.accept("pipeline: warming up on " + warmUp.size() + " articles of an earlier period");
                ArticleSender.send(client, Topics.ARTICLES_RAW.name(), warmUp);
                IdleDetector.await(pipeline.streams(), warmUp.size(), QUIET, TIMEOUT);
                Set<String> warmUpIncidents = TopicSnapshot.liveKeys(client, Topics.INCIDENTS.name(), TIMEOUT);

                progress.accept("pipeline: sending the articles to " + Topics.ARTICLES_RAW.name()
                        + " and processing them with exactly-once");
                Throughput throughput = pipelineThroughput(pipeline, client, articles);
                progress.accept("pipeline: " + throughput);
                Set<String> incidentIds = TopicSnapshot.liveKeys(client, Topics.INCIDENTS.name(), TIMEOUT);
                incidentIds.removeAll(warmUpIncidents);
                int incidents = incidentIds.size();

                progress.accept(String.format("latency: %.0f articles/s for %d s", options.rate(),
                        options.latencyTime().toSeconds()));
                int count = (int) (options.rate() * options.latencyTime().toSeconds());
                List<GeneratedArticle> live = generate(count, new ArticleGenerator(options.seed() + 1, gazetteer,
                        LIVE_PERIOD_END));
                LatencySamples incidentLatency;
                LatencySamples alertLatency;
                try (LatencyProbe probe = new LatencyProbe(client)) {
                    ArticleSender.send(client, Topics.ARTICLES_RAW.name(), live, probe, options.rate());
                    IdleDetector.await(pipeline.streams(), 0, QUIET, TIMEOUT);
                    incidentLatency = probe.incidents();
                    alertLatency = probe.alerts();
                }
                progress.accept("latency to the incident update: " + incidentLatency);
                progress.accept("latency to an alert: " + alertLatency);

                MemoryRun.Memory memory = null;
                if (options.memoryArticles() > 0) {
                    var jar = MemoryRun.ownJar();
                    if (jar.isPresent()) {
                        progress.accept("memory: run with its embedded broker, in its own JVM: java "
                                + String.join(" ", options.runJavaOptions()) + " -jar");
                        memory = MemoryRun.measure(jar.get(), options.runJavaOptions(), generate(options.memoryArticles(),
                                new ArticleGenerator(options.seed() + 2, gazetteer)), Duration.ofSeconds(10), progress);
                        progress.accept("memory: " + memory);
                    } else {
                        progress.accept("memory: skipped, it needs Linux and the packaged jar");
                    }
                }
                return new Result(ceiling, throughput, incidents, incidentLatency, alertLatency, memory);
            }
        } finally {
            try (var paths = Files.walk(workDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** From the first article sent to the last change before the pipeline fell idle. */
    private static Throughput pipelineThroughput(Pipeline pipeline, Map<String, Object> client,
                                                 List<GeneratedArticle> articles) throws InterruptedException {
        long processedBefore = (long) IdleDetector.processed(pipeline.streams());
        long started = System.nanoTime();
        ArticleSender.send(client, Topics.ARTICLES_RAW.name(), articles);
        long finished = IdleDetector.await(pipeline.streams(), processedBefore + articles.size(), QUIET, TIMEOUT);
        long bytes = articles.stream().mapToLong(a -> a.json().length).sum();
        return new Throughput(articles.size(), bytes, finished - started);
    }

    private static List<GeneratedArticle> generate(int count, ArticleGenerator generator) {
        List<GeneratedArticle> articles = new ArrayList<>(count);
        generator.generate(count, a -> articles.add(new GeneratedArticle(a.id(),
                Json.toBytes(a), PublicationDates.instant(a.published()).orElse(Instant.now()).toEpochMilli())));
        return articles;
    }
}
