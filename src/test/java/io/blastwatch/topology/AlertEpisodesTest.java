package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.blastwatch.alert.AlertRule;
import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.WindowCount;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.PipelineDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Alerts are evaluated incrementally, around the windows that changed. After any sequence of incidents appearing,
 * moving, being re-attributed and merged away, the firing alerts must be exactly the episodes that the final counts
 * give when computed from scratch: runs of window ends at or above the threshold, each named by its first window.
 */
class AlertEpisodesTest {

    static final int THRESHOLD = 3;
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void shouldFireForExactlyTheEpisodesOfTheCountsAfterEveryChange(long seed) {
        PipelineSettings defaults = PipelineSettings.defaults();
        PipelineSettings settings = new PipelineSettings(1, THRESHOLD, defaults.alertSettle(), defaults.retentionDays(),
                defaults.maxSources(), defaults.maxMentionsPerArticle(), defaults.maxArticleChars());
        AlertRule rule = new AlertRule(THRESHOLD, 1);
        Random random = new Random(seed);
        try (PipelineDriver driver = new PipelineDriver(settings)) {
            for (int round = 0; round < 30; round++) {
                for (int change = 0; change < 1 + random.nextInt(5); change++) {
                    String id = "inc-" + random.nextInt(30);
                    byte[] value = random.nextInt(5) == 0 ? null : Json.toBytes(incident(id,
                            START.plusDays(random.nextInt(150)), random.nextInt(6) > 0, random.nextInt(8) > 0 ? "RU" : "UA"));
                    driver.sendRaw(Topics.INCIDENTS.name(), id.getBytes(StandardCharsets.UTF_8), value);
                }
                int sentBefore = driver.alertLog().size();
                driver.settle();
                assertThat(firing(driver)).as("seed %d, round %d", seed, round).isEqualTo(episodes(driver.counts(), rule));
                for (Alert sent : driver.alertLog().subList(sentBefore, driver.alertLog().size())) {
                    assertEnded(driver, rule, sent, "seed " + seed + ", round " + round);
                }
            }
        }
    }

    /**
     * An alert that ends says why truthfully: RESOLVED only when none of its former days reaches the threshold any
     * more; SUPERSEDED only pointing at a firing alert whose episode shares a day with it.
     */
    static void assertEnded(PipelineDriver driver, AlertRule rule, Alert sent, String where) {
        if (sent.status() == AlertStatus.RESOLVED) {
            assertThat(sent.count()).as("%s: %s", where, sent.summary()).isLessThan(rule.threshold());
            assertThat(driver.countAt(sent.country(), sent.windowEnd())).as("%s: %s", where, sent.summary())
                    .isLessThan(rule.threshold());
            assertThat(driver.alerts().values()).as("%s: %s resolved inside a firing episode", where, sent.id())
                    .noneMatch(a -> a.status() == AlertStatus.FIRING && a.country().equals(sent.country())
                            && !a.windowEnd().isAfter(sent.windowEnd())
                            && (a.activeThrough() == null || !a.activeThrough().isBefore(sent.windowEnd())));
        } else if (sent.status() == AlertStatus.SUPERSEDED) {
            assertThat(driver.alerts()).as("%s: superseded %s left on the topic", where, sent.id())
                    .doesNotContainKey(sent.id());
            Alert survivor = driver.alerts().values().stream().filter(a -> a.id().equals(sent.supersededBy()))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": " + sent.id()
                            + " superseded by an alert never sent: " + sent.supersededBy()));
            assertThat(survivor.status()).as("%s: survivor of %s", where, sent.id()).isEqualTo(AlertStatus.FIRING);
            assertThat(survivor.country()).isEqualTo(sent.country());
        }
    }

    /** The firing alerts: id, then the crossing window's end, count, incidents and the episode's last day. */
    private static Map<String, String> firing(PipelineDriver driver) {
        Map<String, String> firing = new TreeMap<>();
        driver.alerts().values().stream().filter(a -> a.status() == AlertStatus.FIRING)
                .forEach(a -> firing.put(a.id(), a.windowEnd() + " " + a.count() + " " + a.incidentIds()
                        + " through " + a.activeThrough()));
        return firing;
    }

    /** The episodes of the counts, computed from scratch. */
    private static Map<String, String> episodes(Map<String, WindowCount> counts, AlertRule rule) {
        Map<String, List<WindowCount>> byCountry = new TreeMap<>();
        counts.values().forEach(c -> byCountry.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c));
        Map<String, String> episodes = new TreeMap<>();
        byCountry.forEach((country, points) -> {
            points.sort(Comparator.comparing(WindowCount::windowEnd));
            WindowCount crossing = null;
            for (WindowCount c : points) {
                if (rule.crossed(c) && crossing == null) {
                    crossing = c;
                } else if (!rule.crossed(c) && crossing != null) {
                    episodes.put(rule.alertId(country, crossing.windowEnd()), crossing.windowEnd() + " "
                            + crossing.count() + " " + crossing.incidentIds() + " through " + c.windowEnd().minusDays(1));
                    crossing = null;
                }
            }
            if (crossing != null) {
                episodes.put(rule.alertId(country, crossing.windowEnd()), crossing.windowEnd() + " "
                        + crossing.count() + " " + crossing.incidentIds() + " through null");
            }
        });
        return episodes;
    }

    private static Incident incident(String id, LocalDate date, boolean unexplained, String country) {
        return new Incident(id, date, DatePrecision.DAY, DateBasis.STATED, IncidentKind.EXPLOSION, "Some Plant",
                null, null, null, country, null, null, true, unexplained, false, null, List.of(), 1, 1,
                date.toString(), date.toString(), List.of(), false);
    }
}
