package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.blastwatch.alert.AlertRule;
import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Article;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.WindowCount;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.PipelineDriver;
import org.junit.jupiter.api.Test;

/**
 * What an alert consumer (a pager) is told: an episode that later reports move or merge is SUPERSEDED, never
 * RESOLVED while its windows still reach the threshold; a state that the next records undo is never sent; the same
 * articles give the same topics however they are batched.
 */
class AlertLifecycleTest {

    private static final int THRESHOLD = 3;
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    private static final Duration SETTLE = PipelineSettings.defaults().alertSettle();

    private static PipelineSettings oneMonthThree() {
        PipelineSettings d = PipelineSettings.defaults();
        return new PipelineSettings(1, THRESHOLD, d.alertSettle(), d.retentionDays(), d.maxSources(),
                d.maxMentionsPerArticle(), d.maxArticleChars());
    }

    @Test
    void shouldSupersedeALaterEpisodeThatMergesIntoAnEarlierOneAndNeverResolveIt() {
        AlertRule rule = new AlertRule(THRESHOLD, 1);
        try (PipelineDriver driver = new PipelineDriver(oneMonthThree())) {
            // Two episodes a month apart: 1, 5, 10 January and 20, 22, 25 February.
            for (int day : new int[] {0, 4, 9, 50, 52, 55}) {
                put(driver, "inc-" + day, JAN_1.plusDays(day));
            }
            driver.settle();
            Alert january = driver.alerts().get(rule.alertId("RU", JAN_1.plusDays(9)));
            Alert february = driver.alerts().get(rule.alertId("RU", JAN_1.plusDays(55)));
            assertThat(january.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(february.status()).isEqualTo(AlertStatus.FIRING);

            // Reports of the weeks between join them into one episode: every window from 10 January on reaches 3.
            for (int day : new int[] {19, 27, 35, 42, 48}) {
                put(driver, "inc-" + day, JAN_1.plusDays(day));
            }
            driver.settle();

            assertThat(driver.alertLog()).noneMatch(a -> a.status() == AlertStatus.RESOLVED);
            Alert ended = driver.alertLog().get(driver.alertLog().size() - 1);
            assertThat(ended.id()).isEqualTo(february.id());
            assertThat(ended.status()).isEqualTo(AlertStatus.SUPERSEDED);
            assertThat(ended.supersededBy()).isEqualTo(january.id());
            assertThat(driver.alertTombstones()).as("the superseded id leaves the topic").containsExactly(february.id());
            assertThat(driver.alerts()).doesNotContainKey(february.id());
            Alert survivor = driver.alerts().get(january.id());
            assertThat(survivor.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(survivor.activeThrough()).isAfter(february.windowEnd());
            // The survivor's new last day was sent: a consumer showing "active until" is not left with the old one.
            assertThat(driver.alertLog().get(driver.alertLog().size() - 2).activeThrough())
                    .isEqualTo(survivor.activeThrough());
        }
    }

    @Test
    void shouldResolveOnlyWhenTheEpisodesWindowsAllFallBelowTheThreshold() {
        try (PipelineDriver driver = new PipelineDriver(oneMonthThree())) {
            threeInJanuary(driver);
            driver.settle();
            retract(driver, "inc-4");
            driver.settle();

            Alert resolved = driver.alertLog().get(driver.alertLog().size() - 1);
            assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(resolved.count()).isEqualTo(2);
            assertThat(resolved.summary()).contains("2 unexplained explosions").contains("below the threshold of 3");
        }
    }

    @Test
    void shouldSendNothingForAnEpisodeThatTheFollowingRecordsUndoWhileCountsKeepChanging() {
        AlertRule rule = new AlertRule(THRESHOLD, 1);
        try (PipelineDriver driver = new PipelineDriver(oneMonthThree())) {
            threeInJanuary(driver);
            busy(driver, SETTLE.multipliedBy(4).dividedBy(5)); // the first evaluation while counts change sees the episode
            retract(driver, "inc-4");
            busy(driver, SETTLE.multipliedBy(4)); // the next one no longer does
            driver.settle();

            assertThat(driver.alertLog()).noneMatch(a -> a.country().equals("RU"));

            // An episode that holds from one evaluation to the next goes out before the counts are quiet, within two
            // settle times of its count.
            put(driver, "inc-4", JAN_1.plusDays(4));
            busy(driver, SETTLE.multipliedBy(2));
            assertThat(driver.alerts().get(rule.alertId("RU", JAN_1.plusDays(9)))).isNotNull()
                    .extracting(Alert::status).isEqualTo(AlertStatus.FIRING);
        }
    }

    @Test
    void shouldSendAnEpisodeThatKeepsGrowingWhileReportsKeepComing() {
        AlertRule rule = new AlertRule(THRESHOLD, 1);
        try (PipelineDriver driver = new PipelineDriver(oneMonthThree())) {
            threeInJanuary(driver);
            // Every 200 ms one more incident prolongs the episode: its last day changes at every evaluation.
            for (int step = 0; step < 60; step++) {
                put(driver, "grow-" + step, JAN_1.plusDays(10 + step));
                driver.advance(Duration.ofMillis(200));
            }
            Alert sent = driver.alerts().get(rule.alertId("RU", JAN_1.plusDays(9)));
            assertThat(sent).as("sent before the counts are quiet").isNotNull();
            assertThat(sent.status()).isEqualTo(AlertStatus.FIRING);
        }
    }

    @Test
    void shouldLeaveTheSameTopicsForTheSameArticlesWhateverTheOrderAndBatching() {
        List<Article> articles = new ArticleGenerator(11, PipelineDriver.gazetteer()).generate(500);
        AlertRule rule = new AlertRule(PipelineSettings.defaults().alertThreshold(), PipelineSettings.defaults().windowMonths());
        Run reference = run(articles, 1, rule);
        assertThat(reference.firing()).isNotEmpty();
        assertThat(run(articles, 1, rule)).as("the same articles in the same batches again").isEqualTo(reference);
        for (long seed = 2; seed <= 4; seed++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            Run other = run(shuffled, seed, rule);
            assertThat(other.counts()).as("counts topic, seed %d", seed).isEqualTo(reference.counts());
            assertThat(other.firing()).as("firing alerts, seed %d", seed).isEqualTo(reference.firing());
        }
    }

    private record Run(Map<String, WindowCount> counts, Map<String, Alert> firing, List<Alert> log) {
    }

    /** The articles in batches of random size, the wall clock moving on only between batches. */
    private static Run run(List<Article> articles, long seed, AlertRule rule) {
        Random random = new Random(seed);
        try (PipelineDriver driver = new PipelineDriver()) {
            int i = 0;
            while (i < articles.size()) {
                int batch = 1 + random.nextInt(60);
                for (int end = Math.min(articles.size(), i + batch); i < end; i++) {
                    driver.pipe(articles.get(i));
                }
                driver.settle();
            }
            Map<String, List<AlertStatus>> history = new LinkedHashMap<>();
            for (Alert a : driver.alertLog()) {
                assertThat(a.status() == AlertStatus.RESOLVED && rule.crossed(new WindowCount(a.country(),
                        a.windowStart(), a.windowEnd(), a.count(), a.incidentIds())))
                        .as("seed %d: RESOLVED at or above the threshold: %s", seed, a.summary()).isFalse();
                history.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a.status());
            }
            history.forEach((id, statuses) -> {
                int firstEnd = statuses.indexOf(AlertStatus.RESOLVED);
                assertThat(firstEnd >= 0 && statuses.subList(firstEnd, statuses.size()).contains(AlertStatus.FIRING))
                        .as("seed %d: %s went %s", seed, id, statuses).isFalse();
            });
            Map<String, Alert> firing = new LinkedHashMap<>();
            driver.alerts().forEach((id, a) -> {
                if (a.status() == AlertStatus.FIRING) {
                    firing.put(id, a);
                }
            });
            return new Run(new java.util.TreeMap<>(driver.counts()), new java.util.TreeMap<>(firing),
                    List.copyOf(driver.alertLog()));
        }
    }

    /** Unrelated count changes five times a settle time for the given time: counts that are never quiet. */
    private static void busy(PipelineDriver driver, Duration time) {
        Duration step = SETTLE.dividedBy(5);
        for (long ms = 0, i = 0; ms < time.toMillis(); ms += step.toMillis(), i++) {
            put(driver, "ua-noise", JAN_1.plusDays(i % 40), "UA");
            driver.advance(step);
        }
    }

    /** 1, 5 and 10 January: an episode from the window ending on 10 January. */
    private static void threeInJanuary(PipelineDriver driver) {
        for (int day : new int[] {0, 4, 9}) {
            put(driver, "inc-" + day, JAN_1.plusDays(day));
        }
    }

    private static void put(PipelineDriver driver, String id, LocalDate date) {
        put(driver, id, date, "RU");
    }

    private static void put(PipelineDriver driver, String id, LocalDate date, String country) {
        Incident incident = new Incident(id, date, DatePrecision.DAY, DateBasis.STATED, IncidentKind.EXPLOSION,
                "Some Plant", null, null, null, country, null, null, true, true, false, null, List.of(), 1, 1,
                date.toString(), date.toString(), List.of(), false);
        driver.sendRaw(Topics.INCIDENTS.name(), id.getBytes(StandardCharsets.UTF_8), Json.toBytes(incident));
    }

    private static void retract(PipelineDriver driver, String id) {
        driver.sendRaw(Topics.INCIDENTS.name(), id.getBytes(StandardCharsets.UTF_8), null);
    }
}
