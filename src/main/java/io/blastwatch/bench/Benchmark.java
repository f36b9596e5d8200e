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
     * @param rates          articles per second of each latency run, one run per rate, in this order
     * @param latencyTime    how long each latency run lasts
     * @param memoryArticles articles sent to a separate {@code run} process while its memory is watched; 0 skips it
     * @param runJavaOptions options of the {@code java} command that starts {@code run} for the memory run
     * @param runEnvironment environment variables of that {@code run} besides the bench's own
     * @param settings       settings of the measured pipeline, as {@code run} takes them
     */
    public record Options(int articles, long seed, List<Double> rates, Duration latencyTime, int memoryArticles,
                          List<String> runJavaOptions, Map<String, String> runEnvironment, Map<String, String> settings) {
        public Options {
            rates = List.copyOf(rates);
            runJavaOptions = List.copyOf(runJavaOptions);
            runEnvironment = Map.copyOf(runEnvironment);
            settings = Map.copyOf(settings);
        }
    }

    /** The latency of one run at a fixed rate: to the incident update that lists an article, and to an alert. */
    public record LatencyRun(double rate, LatencySamples incidents, LatencySamples alerts) {
    }

    /** The figures of one run. Memory is null when it was not measured. */
    public record Result(Throughput ceiling, Throughput pipeline, CpuUse pipelineCpu, int incidents,
                         List<LatencyRun> latency, MemoryRun.Memory memory) {
        public double ratio() {
            return pipeline.recordsPerSecond() / ceiling.recordsPerSecond();
        }
    }

    private static final Duration QUIET = Duration.ofSeconds(2);
    /*
     * Periods of news, each generated world in its own: a warm-up, the throughput run, and each latency run, every one
     * more than a window (four months) after the one before, so that a latency run's alerts are new episodes rather
     * than the continuation of one the run before left open. They are laid out backwards from the last, and all lie
     * in the past: an article dated ahead of its reading has its dates resolved against the reading day.
     */
    private static final LocalDate LAST_PERIOD_END = LocalDate.of(2026, 10, 31);
    private static final int GAP_MONTHS = 5;
    /** The countries of the generated world and their shares, so that several countries count and alert. */
    public static final Map<String, Integer> COUNTRIES = Map.of("RU", 55, "UA", 30, "BY", 15);
    /**
     * The latency runs' world: the countries in equal shares and half an incident a day instead of three, so that
     * each country's count of unexplained explosions rises to the alert threshold and falls below it again many times
     * in a run (a 6,000-article run covers four years), where the dense world keeps every country above it, one long
     * episode each, and a run yields a handful of alerts.
     */
    private static final Map<String, Integer> LATENCY_COUNTRIES = Map.of("RU", 34, "UA", 33, "BY", 33);
    private static final double LATENCY_INCIDENTS_PER_DAY = 0.5;
    /**
     * Plant explosions in the latency runs' world, percent of its incidents: with the one in ten of the main world,
     * a 30 s run at 200 articles a second saw a dozen alert episodes, too few for a percentile.
     */
    private static final int LATENCY_PLANT_EXPLOSION_PERCENT = 30;

    private static final Duration TIMEOUT = Duration.ofMinutes(60);

    private final Consumer<String> progress;

    public Benchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(Options options) throws Exception {
        Gazetteer gazetteer = Gazetteer.load();
        int warmUpCount = Math.max(500, Math.min(options.articles() / 5, 3000));
        List<Integer> liveCounts = options.rates().stream()
                .map(rate -> (int) Math.max(1, rate * options.latencyTime().toSeconds())).toList();
        // Backwards from the last latency run: each period ends a gap before the next one starts.
        LocalDate[] liveEnds = new LocalDate[liveCounts.size()];
        LocalDate end = LAST_PERIOD_END;
        for (int i = liveCounts.size() - 1; i >= 0; i--) {
            liveEnds[i] = end;
            end = previousPeriodEnd(end, liveCounts.get(i), LATENCY_INCIDENTS_PER_DAY);
        }
        LocalDate mainEnd = end;
        LocalDate warmUpEnd = previousPeriodEnd(mainEnd, options.articles(), ArticleGenerator.INCIDENTS_PER_DAY);

        progress.accept("generating " + options.articles() + " articles");
        List<GeneratedArticle> articles = generate(options.articles(),
                new ArticleGenerator(options.seed(), gazetteer, mainEnd, COUNTRIES));
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
            CeilingRun.measure(client, articles, "bench-warm-up-" + UUID.randomUUID(), partitions, progress);
            Throughput ceiling = CeilingRun.measure(client, articles, "bench-ceiling-" + UUID.randomUUID(), partitions,
                    progress);
            progress.accept("ceiling: " + ceiling);

            Map<String, Object> settings = new HashMap<>(options.settings());
            settings.put(BlastwatchConfig.APPLICATION_ID, "bench-" + UUID.randomUUID());
            settings.put(BlastwatchConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
            try (Pipeline pipeline = Pipeline.start(new BlastwatchConfig(settings), broker.bootstrapServers(),
                    workDir.resolve("state"), gazetteer)) {
                // Like the ceiling, the pipeline is measured warm: on a fresh JVM the compiler spends most of the
                // first minute on the broker, the Kafka libraries and us, which a running service has long done.
                List<GeneratedArticle> warmUp = generate(warmUpCount,
                        new ArticleGenerator(options.seed() + 3, gazetteer, warmUpEnd, COUNTRIES));
                progress.accept("pipeline: warming up on " + warmUp.size() + " articles of an earlier period");
                long readBefore = articlesRead(pipeline);
                try (PhaseProgress reporter = new PhaseProgress("pipeline: warm-up articles read", warmUp.size(),
                        () -> articlesRead(pipeline) - readBefore, progress)) {
                    ArticleSender.send(client, Topics.ARTICLES_RAW.name(), warmUp);
                    IdleDetector.await(pipeline.streams(), warmUp.size(), QUIET, TIMEOUT);
                }
                Set<String> warmUpIncidents = TopicSnapshot.liveKeys(client, Topics.INCIDENTS.name(), TIMEOUT);

                progress.accept("pipeline: sending the articles to " + Topics.ARTICLES_RAW.name()
                        + " and processing them with exactly-once");
                CpuUse.Meter cpuMeter = new CpuUse.Meter();
                Throughput throughput = pipelineThroughput(pipeline, client, articles);
                CpuUse cpu = cpuMeter.stop(articles.size());
                progress.accept("pipeline: " + throughput);
                progress.accept("pipeline CPU: " + cpu + cpu.breakdown());
                Set<String> incidentIds = TopicSnapshot.liveKeys(client, Topics.INCIDENTS.name(), TIMEOUT);
                incidentIds.removeAll(warmUpIncidents);
                int incidents = incidentIds.size();

                List<LatencyRun> latency = new ArrayList<>();
                for (int i = 0; i < options.rates().size(); i++) {
                    latency.add(latencyRun(pipeline, client, gazetteer, options, options.rates().get(i),
                            liveCounts.get(i), liveEnds[i], i));
                }

                MemoryRun.Memory memory = null;
                if (options.memoryArticles() > 0) {
                    var jar = MemoryRun.ownJar();
                    if (jar.isPresent()) {
                        progress.accept("memory: run with its embedded broker, in its own JVM: java "
                                + String.join(" ", options.runJavaOptions()) + " -jar");
                        memory = MemoryRun.measure(jar.get(), options.runJavaOptions(), options.runEnvironment(),
                                generate(options.memoryArticles(),
                                new ArticleGenerator(options.seed() + 2, gazetteer)), Duration.ofSeconds(10), progress);
                        progress.accept("memory: " + memory);
                    } else {
                        progress.accept("memory: skipped, it needs Linux and the packaged jar");
                    }
                }
                return new Result(ceiling, throughput, cpu, incidents, latency, memory);
            }
        } finally {
            try (var paths = Files.walk(workDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Articles of a new period sent at a fixed rate to the running pipeline, timed by a downstream consumer. */
    private LatencyRun latencyRun(Pipeline pipeline, Map<String, Object> client, Gazetteer gazetteer, Options options,
                                  double rate, int count, LocalDate periodEnd, int index) throws Exception {
        String label = String.format("latency at %.0f articles/s", rate);
        progress.accept(String.format("%s: %,d articles for %d s", label, count, options.latencyTime().toSeconds()));
        List<GeneratedArticle> live = generate(count, new ArticleGenerator(options.seed() + 10 + index, gazetteer,
                periodEnd, LATENCY_COUNTRIES, LATENCY_INCIDENTS_PER_DAY, LATENCY_PLANT_EXPLOSION_PERCENT));
        LatencySamples incidentLatency;
        LatencySamples alertLatency;
        try (LatencyProbe probe = new LatencyProbe(client);
             PhaseProgress reporter = new PhaseProgress(label + ": articles sent", count, probe::sentCount, progress)) {
            ArticleSender.send(client, Topics.ARTICLES_RAW.name(), live, probe, rate);
            IdleDetector.await(pipeline.streams(), 0, QUIET, TIMEOUT);
            incidentLatency = probe.incidents();
            alertLatency = probe.alerts();
        }
        progress.accept(label + ", to the incident update: " + incidentLatency);
        progress.accept(label + ", the slowest hundredth sent at (seconds into the run: articles): "
                + incidentLatency.slowestBySecond());
        progress.accept(label + ", to an alert: " + alertLatency);
        return new LatencyRun(rate, incidentLatency, alertLatency);
    }

    /** The latest day the period before may end: a gap before the start of a period of this many articles. */
    private static LocalDate previousPeriodEnd(LocalDate end, int articles, double incidentsPerDay) {
        return end.minusDays(ArticleGenerator.spanDays(articles, incidentsPerDay)).minusMonths(GAP_MONTHS);
    }

    private static long articlesRead(Pipeline pipeline) {
        return IdleDetector.recordsRead(pipeline.streams(), Topics.ARTICLES_RAW.name());
    }

    /** From the first article sent to the last change before the pipeline fell idle. */
    private Throughput pipelineThroughput(Pipeline pipeline, Map<String, Object> client,
                                                 List<GeneratedArticle> articles) throws InterruptedException {
        long processedBefore = (long) IdleDetector.processed(pipeline.streams());
        long readBefore = articlesRead(pipeline);
        long started = System.nanoTime();
        long finished;
        int resent;
        try (PhaseProgress reporter = new PhaseProgress("pipeline: articles read", articles.size(),
                () -> articlesRead(pipeline) - readBefore, progress)) {
            resent = ArticleSender.send(client, Topics.ARTICLES_RAW.name(), articles);
            finished = IdleDetector.await(pipeline.streams(), processedBefore + articles.size(), QUIET, TIMEOUT);
        }
        long bytes = articles.stream().mapToLong(a -> a.json().length).sum();
        return new Throughput(articles.size(), bytes, finished - started, resent);
    }

    private static List<GeneratedArticle> generate(int count, ArticleGenerator generator) {
        List<GeneratedArticle> articles = new ArrayList<>(count);
        generator.generate(count, a -> articles.add(new GeneratedArticle(a.id(),
                Json.toBytes(a), PublicationDates.instant(a.published()).orElse(Instant.now()).toEpochMilli())));
        return articles;
    }
}
