package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.blastwatch.model.Article;
import io.blastwatch.model.Incident;
import io.blastwatch.model.Source;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * Pages that nothing dates (no publication date, no date in the url or the text) still report their news: such a
 * report lends its source to the one incident on record at its site, and to none when the site had several or none;
 * a weekday the page gives picks the incident of that day, at its site or in its town.
 */
class UndatedReportsTopologyTest {

    private static final Article KOTOVSK_10_NOV = TestArticles.article("dated-10", "Tambov Today", "2023-11-11",
            "An unexplained explosion hit the gunpowder plant in Kotovsk on 10 November 2023, residents said.");
    private static final Article KOTOVSK_14_NOV = TestArticles.article("dated-14", "Volga Courier", "2023-11-15",
            "Drones struck the gunpowder plant in Kotovsk on 14 November 2023, the governor said.");
    private static final Article UNDATED_KOTOVSK = undated("undated-k", "Steppe Blog",
            "A loud explosion was heard at the gunpowder plant in Kotovsk, residents said. Windows were broken in "
                    + "houses nearby.");
    private static final Article UNDATED_SOLIKAMSK = undated("undated-s", "Kama Notes",
            "An explosion shook the gunpowder plant in Solikamsk, the town's mayor said.");

    @Test
    void shouldLendAnUndatedReportToTheOneIncidentAtItsSiteInEitherOrder() {
        Map<String, Incident> datedOnly = run(List.of(KOTOVSK_10_NOV));
        Incident before = datedOnly.values().iterator().next();

        for (List<Article> order : List.of(List.of(KOTOVSK_10_NOV, UNDATED_KOTOVSK),
                List.of(UNDATED_KOTOVSK, KOTOVSK_10_NOV))) {
            try (PipelineDriver pipeline = new PipelineDriver()) {
                pipeline.sendAll(order);
                assertThat(pipeline.incidents()).as("order %s", ids(order)).hasSize(1);
                Incident after = pipeline.incidents().values().iterator().next();
                assertThat(after.sources()).extracting(Source::articleId)
                        .containsExactlyInAnyOrder("dated-10", "undated-k");
                assertThat(after.outlets()).isEqualTo(2);
                // It adds a source, never a fact: id, date, place and flags stay what the dated report says.
                assertThat(after.id()).isEqualTo(before.id());
                assertThat(after.date()).isEqualTo(before.date());
                assertThat(after.settlement()).isEqualTo(before.settlement());
                assertThat(after.unexplained()).isEqualTo(before.unexplained());
                assertThat(pipeline.countAt("RU", LocalDate.parse("2023-11-10"))).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldLendItToNoneWhenTheSiteHadSeveralIncidentsWhateverTheOrder() {
        Map<String, Incident> incidents = sameInEveryOrder(List.of(KOTOVSK_10_NOV, KOTOVSK_14_NOV, UNDATED_KOTOVSK));
        assertThat(incidents).hasSize(2);
        assertThat(incidents.values()).allSatisfy(i ->
                assertThat(i.sources()).extracting(Source::articleId).doesNotContain("undated-k"));
    }

    @Test
    void shouldLendAReportThatGivesItsWeekdayToTheIncidentOfThatDayAtItsSiteWhateverTheOrder() {
        // 10 November 2023 was a Friday, 14 November a Tuesday.
        Article tuesday = undated("undated-tue", "Steppe Blog",
                "Drones hit the gunpowder plant in Kotovsk on Tuesday, residents said.");
        Map<String, Incident> incidents = sameInEveryOrder(List.of(KOTOVSK_10_NOV, KOTOVSK_14_NOV, tuesday));
        assertThat(incidents).hasSize(2);
        for (Incident i : incidents.values()) {
            List<String> sources = i.sources().stream().map(Source::articleId).toList();
            if (i.date().equals(LocalDate.parse("2023-11-14"))) {
                assertThat(sources).containsExactlyInAnyOrder("dated-14", "undated-tue");
            } else {
                assertThat(sources).containsExactly("dated-10");
            }
        }
    }

    @Test
    void shouldLendAReportThatNamesItsTownAndWeekdayOnlyWhenTheWeekdayAgrees() {
        Article friday = undated("undated-fri", "Steppe Blog",
                "A loud explosion was heard at a warehouse in Kotovsk on Friday evening, residents said.");
        Article monday = undated("undated-mon", "Steppe Blog",
                "A loud explosion was heard at a warehouse in Kotovsk on Monday, residents said.");
        for (List<Article> order : List.of(List.of(KOTOVSK_10_NOV, friday, monday),
                List.of(monday, friday, KOTOVSK_10_NOV))) {
            Map<String, Incident> incidents = run(order);
            assertThat(incidents).as("order %s", ids(order)).hasSize(1);
            assertThat(incidents.values().iterator().next().sources()).as("order %s", ids(order))
                    .extracting(Source::articleId).containsExactlyInAnyOrder("dated-10", "undated-fri");
        }
    }

    @Test
    void shouldNotLendAReportThatNamesOnlyItsTown() {
        // The town's one incident on record may well not be the page's: only a named site is trusted.
        Article townOnly = undated("undated-t", "Steppe Blog",
                "A loud explosion was heard at a warehouse in Kotovsk, residents said.");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(KOTOVSK_10_NOV).send(townOnly);

            assertThat(pipeline.incidents()).hasSize(1);
            assertThat(pipeline.incidents().values().iterator().next().sources()).extracting(Source::articleId)
                    .containsExactly("dated-10");
        }
    }

    @Test
    void shouldMakeNoIncidentOfAnUndatedReportAlone() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(UNDATED_SOLIKAMSK).send(UNDATED_KOTOVSK);

            assertThat(pipeline.incidents()).isEmpty();
            assertThat(pipeline.deadLetters()).isEmpty();
        }
    }

    @Test
    void shouldTakeTheSourceBackWhenTheUndatedPageNoLongerReportsIt() {
        Article edited = undated("undated-k", "Steppe Blog",
                "Residents of Kotovsk complained about the state of the roads, the town's mayor said.");
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(KOTOVSK_10_NOV).send(UNDATED_KOTOVSK);
            assertThat(pipeline.incidents().values().iterator().next().outlets()).isEqualTo(2);

            pipeline.send(edited);

            Incident kotovsk = pipeline.incidents().values().iterator().next();
            assertThat(kotovsk.outlets()).isEqualTo(1);
            assertThat(kotovsk.sources()).extracting(Source::articleId).containsExactly("dated-10");
        }
    }

    private static Article undated(String id, String outlet, String text) {
        return new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet, null,
                null, null, "en", text);
    }

    private static Map<String, Incident> run(List<Article> articles) {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.sendAll(articles);
            return new TreeMap<>(pipeline.incidents());
        }
    }

    /** The incidents of the articles, after checking that every arrival order gives exactly these. */
    private static Map<String, Incident> sameInEveryOrder(List<Article> articles) {
        Map<String, Incident> reference = run(articles);
        for (List<Article> order : permutations(articles)) {
            assertThat(run(order)).as("order %s", ids(order)).isEqualTo(reference);
        }
        return reference;
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    private static List<List<Article>> permutations(List<Article> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Article>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Article> rest = new ArrayList<>(items);
            Article first = rest.remove(i);
            for (List<Article> tail : permutations(rest)) {
                List<Article> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
