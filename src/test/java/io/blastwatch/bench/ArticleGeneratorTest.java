package io.blastwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.blastwatch.extract.IncidentExtractor;
import io.blastwatch.model.Article;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.testing.PipelineDriver;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    private final IncidentExtractor extractor = new IncidentExtractor(PipelineDriver.gazetteer());

    @Test
    void shouldSpreadAWorldOverItsCountriesByTheirShares() {
        List<Article> articles = new ArticleGenerator(3, PipelineDriver.gazetteer(), LocalDate.of(2024, 6, 30),
                Benchmark.COUNTRIES).generate(1_200);

        Map<String, Integer> leadsByCountry = new HashMap<>();
        for (Article article : articles) {
            List<IncidentMention> mentions = extractor.extract(article, Instant.parse("2024-12-31T00:00:00Z"))
                    .mentions();
            assertThat(mentions).as(article.text()).isNotEmpty();
            leadsByCountry.merge(mentions.get(0).country(), 1, Integer::sum);
        }
        // The shares are 55, 30 and 15 percent of the incidents; each country's articles come close to its share.
        assertThat(leadsByCountry.keySet()).containsExactlyInAnyOrder("RU", "UA", "BY");
        assertThat(leadsByCountry.get("RU")).isBetween(500, 820);
        assertThat(leadsByCountry.get("UA")).isBetween(240, 480);
        assertThat(leadsByCountry.get("BY")).isBetween(90, 300);
    }

    @Test
    void shouldNameTheOtherSideAsTheAttacker() {
        List<Article> articles = new ArticleGenerator(4, PipelineDriver.gazetteer(), LocalDate.of(2024, 6, 30),
                Map.of("UA", 100)).generate(300);

        assertThat(articles).anyMatch(a -> a.text().contains("Russian drones struck"));
        assertThat(articles).noneMatch(a -> a.text().contains("Ukrainian drones"));
    }

    @Test
    void shouldKeepARussianWorldByDefault() {
        List<Article> articles = new ArticleGenerator(5, PipelineDriver.gazetteer()).generate(200);

        assertThat(articles).allSatisfy(a -> assertThat(extractor.extract(a, Instant.parse("2026-01-01T00:00:00Z"))
                .mentions()).allMatch(m -> m.country().equals("RU")));
    }

    @Test
    void shouldSpanHalfAYearAtLeastAndThreeIncidentsADayUnlessToldOtherwise() {
        assertThat(ArticleGenerator.spanDays(100)).isEqualTo(180);
        assertThat(ArticleGenerator.spanDays(100_000)).isEqualTo((100_000 / 8 + 10) / 3);
        assertThat(ArticleGenerator.spanDays(6_000, 0.5)).isEqualTo(1_520);
    }

    /**
     * The share of plant explosions is a parameter: their leads say "hit the production area". The default world keeps
     * about one in ten; the latency world asks for three in ten, and draws the same incidents otherwise.
     */
    @Test
    void shouldMakeAsManyPlantExplosionsAsAsked() {
        LocalDate end = LocalDate.of(2026, 10, 31);
        List<Article> usual = new ArticleGenerator(7, PipelineDriver.gazetteer(), end, Benchmark.COUNTRIES, 0.5)
                .generate(4_000);
        List<Article> asked = new ArticleGenerator(7, PipelineDriver.gazetteer(), end, Benchmark.COUNTRIES, 0.5, 30)
                .generate(4_000);
        List<Article> same = new ArticleGenerator(7, PipelineDriver.gazetteer(), end, Benchmark.COUNTRIES, 0.5,
                ArticleGenerator.PLANT_EXPLOSION_PERCENT).generate(4_000);

        assertThat(plantExplosionShare(usual)).isBetween(0.06, 0.14);
        assertThat(plantExplosionShare(asked)).isBetween(0.24, 0.36);
        assertThat(same).isEqualTo(usual);
    }

    @Test
    void shouldRefuseMorePlantExplosionsThanTheMixHolds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleGenerator(1, PipelineDriver.gazetteer(),
                        LocalDate.of(2026, 10, 31), Benchmark.COUNTRIES, 0.5, 46))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("46");
    }

    private static double plantExplosionShare(List<Article> articles) {
        return (double) articles.stream().filter(a -> a.text().contains("hit the production area")).count()
                / articles.size();
    }

    @Test
    void shouldSpreadASparseWorldOverItsSpan() {
        LocalDate end = LocalDate.of(2026, 10, 31);
        List<Article> articles = new ArticleGenerator(6, PipelineDriver.gazetteer(), end, Benchmark.COUNTRIES, 0.5)
                .generate(2_000);
        // 260 incidents at half a day each: 520 days, reported up to three days after.
        LocalDate first = LocalDate.parse(articles.get(0).published().substring(0, 10));
        LocalDate last = LocalDate.parse(articles.get(articles.size() - 1).published().substring(0, 10));
        assertThat(first).isBetween(end.minusDays(520), end.minusDays(480));
        assertThat(last).isBetween(end.minusDays(30), end.plusDays(4));
    }
}
