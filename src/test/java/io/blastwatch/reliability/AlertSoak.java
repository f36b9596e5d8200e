package io.blastwatch.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.blastwatch.alert.AlertRule;
import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.IdleDetector;
import io.blastwatch.app.Pipeline;
import io.blastwatch.app.TopicProvisioner;
import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.app.TopicSpec;
import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.broker.EmbeddedKafkaBroker;
import io.blastwatch.extract.Gazetteer;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Article;
import io.blastwatch.model.WindowCount;
import io.blastwatch.testing.TestArticles;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The soak run behind the alert-stability figures of the closing notes: what a downstream alert consumer sees while
 * a few thousand articles arrive at a running pipeline. Not a test (it takes minutes and its figures are the point);
 * run it with {@code mvn -B -q -Psoak test-compile exec:exec [-Dsoak.args="RUNS ARTICLES [THRESHOLD]"]}; add
 * {@code -Dsoak.jvm="-Xmx1g -Dsoak.details=1"} to list the records of every episode that ended.
 *
 * <p>Each run starts a fresh embedded broker and pipeline, then publishes the examples and generated articles while
 * the pipeline is processing, as {@code ingest} does against a running {@code run}. It prints, per run, the alert
 * records a pager would act on that the final state does not justify (RESOLVED episodes, since nothing is ever
 * retracted; SUPERSEDED ones, whose start moved as later reports arrived), and whether the alert and count topics
 * came out identical to the first run's.
 */
public final class AlertSoak {

    private AlertSoak() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 2990;
        List<Article> articles = new ArrayList<>(TestArticles.read(TestArticles.examplesDir()));
        articles.addAll(new ArticleGenerator(7, Gazetteer.load()).generate(generated));
        BlastwatchConfig config = new BlastwatchConfig(args.length > 2
                ? Map.of(BlastwatchConfig.ALERT_THRESHOLD, args[2]) : Map.of());
        AlertRule rule = new AlertRule(config.pipelineSettings().alertThreshold(), config.pipelineSettings().windowMonths());
        Map<String, Alert> firstAlerts = null;
        Map<String, WindowCount> firstCounts = null;
        System.out.printf("%d runs of %d articles, threshold %d%n", runs, articles.size(), rule.threshold());
        System.out.println("run  alert-records  episodes  transient  superseded  resolved>=threshold  fire-again  "
                + "stale-end  count-keys  redundant-count-keys  alerts-same  counts-same  seconds");
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            Result r = runOnce(config, articles);
            Map<String, Alert> latest = latest(r.alerts);
            int transientEpisodes = 0;
            int superseded = 0;
            int contradictory = 0;
            int fireAgain = 0;
            Map<String, List<AlertStatus>> history = new LinkedHashMap<>();
            for (ConsumerRecord<String, Alert> rec : r.alerts) {
                if (rec.value() == null) {
                    continue;
                }
                history.computeIfAbsent(rec.key(), k -> new ArrayList<>()).add(rec.value().status());
                if (rec.value().status() == AlertStatus.RESOLVED && rec.value().count() >= rule.threshold()) {
                    contradictory++;
                }
            }
            for (List<AlertStatus> statuses : history.values()) {
                // Transient: an episode that ends RESOLVED although the articles, all in, never retract anything.
                if (statuses.get(statuses.size() - 1) == AlertStatus.RESOLVED) {
                    transientEpisodes++;
                }
                if (statuses.contains(AlertStatus.SUPERSEDED)) {
                    superseded++;
                }
                boolean ended = false;
                for (AlertStatus s : statuses) {
                    if (s != AlertStatus.FIRING) {
                        ended = true;
                    } else if (ended) {
                        fireAgain++;
                        break;
                    }
                }
            }
            Map<String, LocalDate> ends = episodeEnds(r.counts, rule);
            int stale = 0;
            for (Alert a : latest.values()) {
                if (a.status() == AlertStatus.FIRING && ends.containsKey(a.id())
                        && !java.util.Objects.equals(ends.get(a.id()), a.activeThrough())) {
                    stale++;
                }
            }
            int redundant = redundantCounts(r.counts);
            boolean alertsSame = firstAlerts == null || firstAlerts.equals(latest);
            boolean countsSame = firstCounts == null || firstCounts.equals(r.counts);
            if (firstAlerts == null) {
                firstAlerts = latest;
                firstCounts = r.counts;
            }
            if (System.getProperty("soak.details") != null) {
                for (ConsumerRecord<String, Alert> rec : r.alerts) {
                    if (rec.value() != null && history.get(rec.key()).contains(AlertStatus.SUPERSEDED)
                            || rec.value() != null && history.get(rec.key()).contains(AlertStatus.RESOLVED)) {
                        Alert a = rec.value();
                        System.out.printf("     %s %s %s %d through %s: %s%n", a.id(), a.status(), a.windowEnd(),
                                a.count(), a.activeThrough(), a.summary());
                    }
                }
            }
            System.out.printf("%3d  %13d  %8d  %9d  %10d  %19d  %10d  %9d  %10d  %20d  %11s  %11s  %7.0f%n", run,
                    r.alerts.size(), history.size(), transientEpisodes, superseded, contradictory, fireAgain, stale,
                    r.counts.size(), redundant, alertsSame, countsSame, (System.nanoTime() - started) / 1e9);
        }
    }

    private record Result(List<ConsumerRecord<String, Alert>> alerts, Map<String, WindowCount> counts) {
    }

    private static Result runOnce(BlastwatchConfig config, List<Article> articles) throws Exception {
        Path state = Files.createTempDirectory("blastwatch-soak-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Map<String, Object> client = new HashMap<>(config.clientProperties());
            client.put("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                TopicProvisioner.ensure(admin, TopicSpec.bundled());
            }
            try (Pipeline pipeline = Pipeline.start(config, broker.bootstrapServers(), state, Gazetteer.load())) {
                try (ArticlePublisher publisher = new ArticlePublisher(client, Clock.systemUTC())) {
                    for (Article article : articles) {
                        publisher.publish(article, (metadata, e) -> {
                            if (e != null) {
                                throw new IllegalStateException("cannot publish", e);
                            }
                        });
                    }
                    publisher.flush();
                }
                for (int round = 0; round < 3; round++) {
                    IdleDetector.await(pipeline.streams(), articles.size(), Duration.ofSeconds(3), Duration.ofMinutes(20));
                }
            }
            return new Result(TopicSnapshot.all(client, Topics.ALERTS), TopicSnapshot.latest(client, Topics.COUNTS));
        } finally {
            try (var paths = Files.walk(state)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<String, Alert> latest(List<ConsumerRecord<String, Alert>> records) {
        Map<String, Alert> latest = new TreeMap<>();
        for (ConsumerRecord<String, Alert> r : records) {
            if (r.value() == null) {
                latest.remove(r.key());
            } else {
                latest.put(r.key(), r.value());
            }
        }
        return latest;
    }

    /** The last window end of every episode of the final counts, by alert id; null for one still running. */
    private static Map<String, LocalDate> episodeEnds(Map<String, WindowCount> counts, AlertRule rule) {
        Map<String, LocalDate> ends = new HashMap<>();
        for (List<WindowCount> points : byCountry(counts).values()) {
            String open = null;
            for (WindowCount c : points) {
                if (rule.crossed(c) && open == null) {
                    open = rule.alertId(c.country(), c.windowEnd());
                    ends.put(open, null);
                } else if (!rule.crossed(c) && open != null) {
                    ends.put(open, c.windowEnd().minusDays(1));
                    open = null;
                }
            }
        }
        return ends;
    }

    /** Window ends whose count and incidents repeat the end before them: they mark no change. */
    private static int redundantCounts(Map<String, WindowCount> counts) {
        int redundant = 0;
        for (List<WindowCount> points : byCountry(counts).values()) {
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).incidentIds().equals(points.get(i - 1).incidentIds())) {
                    redundant++;
                }
            }
        }
        return redundant;
    }

    private static Map<String, List<WindowCount>> byCountry(Map<String, WindowCount> counts) {
        Map<String, List<WindowCount>> byCountry = new TreeMap<>();
        counts.values().forEach(c -> byCountry.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c));
        byCountry.values().forEach(l -> l.sort(Comparator.comparing(WindowCount::windowEnd)));
        return byCountry;
    }
}
