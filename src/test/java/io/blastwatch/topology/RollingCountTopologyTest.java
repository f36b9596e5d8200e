package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Article;
import io.blastwatch.model.Incident;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.api.Test;

class RollingCountTopologyTest {

    private static final LocalDate FEB_7 = LocalDate.parse("2024-02-07");

    @Test
    void shouldCountFiveForTheWindowTo7FebruaryAndFourForTheWindowTo26NovemberFromTheSeeds() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.sendAll(TestArticles.read(TestArticles.seedsDir()));

            assertThat(pipeline.countAt("RU", FEB_7)).isEqualTo(5);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2023-11-26"))).isEqualTo(4);
            assertThat(pipeline.counts()).containsKey("RU|2024-02-07");
            assertThat(pipeline.counts().get("RU|2024-02-07").windowStart()).isEqualTo(LocalDate.parse("2023-10-08"));

            List<Alert> firing = firing(pipeline);
            assertThat(firing).hasSize(1);
            Alert alert = firing.get(0);
            assertThat(alert.windowEnd()).isEqualTo(FEB_7);
            assertThat(alert.count()).isEqualTo(5);
            assertThat(alert.summary()).isEqualTo(
                    "5 unexplained explosions at Russian military-industrial sites in the four months to 7 February 2024");
            List<LocalDate> dates = alert.incidentIds().stream().map(id -> pipeline.incidents().get(id).date()).sorted().toList();
            assertThat(dates).containsExactly(LocalDate.parse("2023-10-31"), LocalDate.parse("2023-11-10"),
                    LocalDate.parse("2023-11-26"), LocalDate.parse("2024-01-15"), FEB_7);
        }
    }

    @Test
    void shouldCountALateReportOfAnOldExplosionInEveryWindowItBelongsTo() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(article("late-1", "2024-02-08", "An unexplained explosion hit the Votkinsk missile plant in "
                    + "Udmurtia on 7 February 2024."));
            assertThat(pipeline.countAt("RU", FEB_7)).isEqualTo(1);

            pipeline.send(article("late-2", "2024-02-20", "Only now has it emerged that an explosion also hit the "
                    + "gunpowder plant in Solikamsk on 31 October 2023; its cause is still unexplained."));

            assertThat(pipeline.countAt("RU", LocalDate.parse("2023-10-31"))).isEqualTo(1);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2023-12-15"))).isEqualTo(1);
            assertThat(pipeline.countAt("RU", FEB_7)).isEqualTo(2);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2024-02-29"))).isEqualTo(2);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2024-03-01"))).as("31 October has left the window").isEqualTo(1);
        }
    }

    @Test
    void shouldMoveAMonthOnlyIncidentToItsDayWhenALaterReportGivesIt() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(article("m-1", "2023-12-20", "In October an explosion ripped through the gunpowder plant "
                    + "in Solikamsk, Perm Krai, and nobody has explained it."));
            assertThat(pipeline.countAt("RU", LocalDate.parse("2023-10-15")))
                    .as("a month-precision incident counts from the first day of its month").isEqualTo(1);

            pipeline.send(article("m-2", "2023-12-21", "The explosion at the Solikamsk gunpowder plant happened on "
                    + "31 October 2023; the cause remains unexplained."));

            assertThat(pipeline.incidents()).hasSize(1);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2023-10-15"))).isZero();
            assertThat(pipeline.countAt("RU", LocalDate.parse("2023-10-31"))).isEqualTo(1);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2024-02-29"))).isEqualTo(1);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2024-03-01"))).isZero();
        }
    }

    @Test
    void shouldTakeAReattributedIncidentOutOfTheCountAndResolveTheAlert() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.sendAll(TestArticles.read(TestArticles.seedsDir()));
            Alert fired = firing(pipeline).get(0);

            pipeline.send(article("r-1", "2024-02-12", "Ukraine's military intelligence said on Monday that its drones "
                    + "struck the Chelyabinsk tank factory on 26 November 2023, causing the explosion there."));

            assertThat(pipeline.countAt("RU", FEB_7)).isEqualTo(4);
            assertThat(pipeline.alerts().get(fired.id()).status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(pipeline.alerts().get(fired.id()).count()).isEqualTo(4);
            assertThat(firing(pipeline)).isEmpty();
            Incident chelyabinsk = pipeline.incidents().values().stream()
                    .filter(i -> i.date().equals(LocalDate.parse("2023-11-26"))).findFirst().orElseThrow();
            assertThat(chelyabinsk.unexplained()).isFalse();
            assertThat(chelyabinsk.causeHistory()).anyMatch(c -> c.attack());
        }
    }

    @Test
    void shouldGiveTheSameCountsAndAlertsForArticlesInReverseChronologicalOrder() {
        List<Article> articles = new ArrayList<>(TestArticles.read(TestArticles.examplesDir()));
        articles.addAll(TestArticles.read(TestArticles.seedsDir()));
        // Undated articles (a seed has no date) come last either way, as replay sends them.
        Comparator<Article> byPublication = Comparator.comparing(
                a -> PublicationDates.instant(a.published()).orElse(Instant.MAX));
        List<Article> chronological = articles.stream().sorted(byPublication).toList();
        List<Article> reverse = articles.stream().sorted(byPublication.reversed()).toList();

        try (PipelineDriver forward = new PipelineDriver(); PipelineDriver backward = new PipelineDriver()) {
            forward.sendAll(chronological);
            backward.sendAll(reverse);

            assertThat(effective(backward.counts())).isEqualTo(effective(forward.counts()));
            assertThat(firing(backward)).isEqualTo(firing(forward));
            assertThat(firing(forward)).hasSize(1);
        }
    }

    @Test
    void shouldNotRepeatAnAlertWhenTheSameArticlesAreReplayed() {
        List<Article> seeds = TestArticles.read(TestArticles.seedsDir());
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.sendAll(seeds);
            List<Alert> sent = List.copyOf(pipeline.alertLog());
            assertThat(sent).isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(AlertStatus.FIRING));

            pipeline.sendAll(seeds).sendAll(seeds);

            assertThat(pipeline.alertLog()).isEqualTo(sent);
        }
    }

    private static Article article(String id, String published, String text) {
        return TestArticles.article(id, "Test Wire " + id, published, text);
    }

    private static List<Alert> firing(PipelineDriver pipeline) {
        return pipeline.alerts().values().stream().filter(a -> a.status() == AlertStatus.FIRING)
                .sorted(Comparator.comparing(Alert::id)).toList();
    }

    /** The count of every day of the span the counts cover: what a reader of the counts topic can tell. */
    private static Map<LocalDate, Integer> effective(Map<String, io.blastwatch.model.WindowCount> counts) {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        LocalDate day = LocalDate.parse("2023-01-01");
        while (day.isBefore(LocalDate.parse("2024-12-31"))) {
            LocalDate end = day;
            byDay.put(day, counts.values().stream().filter(c -> c.country().equals("RU") && !c.windowEnd().isAfter(end))
                    .max(Comparator.comparing(io.blastwatch.model.WindowCount::windowEnd))
                    .map(io.blastwatch.model.WindowCount::count).orElse(0));
            day = day.plusDays(1);
        }
        return byDay;
    }
}
