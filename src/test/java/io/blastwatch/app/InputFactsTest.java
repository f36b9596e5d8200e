package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.blastwatch.evaluate.GoldArticle;
import io.blastwatch.evaluate.GoldCorpus;
import io.blastwatch.evaluate.GoldIncident;
import io.blastwatch.evaluate.InputFacts;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.IncidentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which real incidents' years the articles of a part leave open, worked out from texts we wrote. */
class InputFactsTest {

    @TempDir
    Path texts;

    private static GoldIncident incident(String id, String date) {
        return new GoldIncident(id, LocalDate.parse(date), DatePrecision.DAY, List.of(), null, "Kirov",
                "Kirov Oblast", "RU", IncidentKind.EXPLOSION, false, false, false, "made up");
    }

    private static GoldArticle article(String id, String url, List<String> reports) {
        return new GoldArticle(id, url, "Outlet " + id, "A blast at a plant", null, "none", "made-up query",
                "report", null, reports, List.of(), "made up");
    }

    private void text(String id, String text) throws IOException {
        Files.writeString(texts.resolve(id + ".txt"), text);
    }

    @Test
    void shouldLeaveAYearOpenOnlyWhereNoArticleDatesOrNamesIt() throws IOException {
        GoldIncident open = incident("ru-2024-01-12-a", "2024-01-12");
        GoldIncident inText = incident("ru-2024-01-12-b", "2024-01-12");
        GoldIncident dated = incident("ru-2024-01-12-c", "2024-01-12");
        GoldIncident inUrl = incident("ru-2024-01-12-d", "2024-01-12");
        GoldIncident twoArticles = incident("ru-2023-05-02-e", "2023-05-02");
        text("a", "On January 12 a blast shook a works in Kirov. The plant was built in 1932.\n");
        text("b", "On January 12 a blast shook a works in Kirov, the second this winter; in 2024 alone three.\n");
        text("c", "date 2024-01-13\nOn Friday a blast shook a works in Kirov.\n");
        text("d", "On January 12 a blast shook a works in Kirov.\n");
        text("e1", "On May 2 a fire broke out at a depot.\n");
        text("e2", "date 2023-05-03\nA depot burned yesterday.\n");
        GoldCorpus.Split split = new GoldCorpus.Split("dev", List.of(
                article("a", "https://example.test/news/blast-in-kirov", List.of(open.id())),
                article("b", "https://example.test/news/b", List.of(inText.id())),
                article("c", "https://example.test/news/c", List.of(dated.id())),
                article("d", "https://example.test/2024/01/12/blast", List.of(inUrl.id())),
                article("e1", "https://example.test/e1", List.of(twoArticles.id())),
                article("e2", "https://example.test/e2", List.of(twoArticles.id()))),
                List.of(open, inText, dated, inUrl, twoArticles));

        // Only the first: its one year is of something else. The second's text holds 2024 (the rule errs towards
        // support), the third has a publication date, the fourth a year in its url, the fifth one dated article.
        java.util.Map<String, io.blastwatch.model.Article> inputs = new java.util.HashMap<>();
        for (GoldArticle a : split.articles()) {
            inputs.put(a.id(), EvaluateJob.asInput(a, texts));
        }
        InputFacts facts = EvaluateJob.inputFacts(split, inputs);
        assertThat(facts.yearsUnsupported()).containsExactly(open.id());
        // Dated as the pipeline sees them: a date line, or a day in the url.
        assertThat(facts.datedArticles()).containsExactlyInAnyOrder("c", "d", "e2");
    }

    @Test
    void shouldRefuseToScoreAPartOfWhichArticlesWereLost() {
        GoldIncident g = incident("ru-2024-01-12-a", "2024-01-12");
        GoldCorpus.Split split = new GoldCorpus.Split("dev", List.of(
                article("a", "https://example.test/a", List.of(g.id())),
                article("b", "https://example.test/b", List.of(g.id()))), List.of(g));
        java.util.function.BiFunction<ArticleStats, List<io.blastwatch.ingest.Rejection>, AnalysisReport> report =
                (stats, rejections) -> new AnalysisReport(stats, List.of(), List.of(), List.of(), rejections, List.of());

        EvaluateJob.requireEvery(split, report.apply(new ArticleStats(2, 2, 0, 0), List.of()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EvaluateJob.requireEvery(split, report.apply(
                        new ArticleStats(2, 1, 1, 0), List.of(new io.blastwatch.ingest.Rejection("b", "not accepted by Kafka: timeout")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 articles, but 1 were published").hasMessageContaining("timeout");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EvaluateJob.requireEvery(split, report.apply(
                        new ArticleStats(2, 2, 0, 1), List.of())))
                .hasMessageContaining("1 dead-lettered");
    }
}
