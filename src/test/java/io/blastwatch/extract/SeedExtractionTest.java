package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.blastwatch.model.Article;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.api.Test;

/** The three seed articles the project was created from, read from ../shared/seeds (skipped when it is absent). */
class SeedExtractionTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());
    private static final Instant INGESTED = TestArticles.INGESTED_AT;

    @Test
    void shouldFindEveryIncidentOfTheArticleWithADateLine() {
        List<IncidentMention> mentions = extract(TestArticles.seed("002"));

        assertMention(mentions, "2024-02-07", DatePrecision.DAY, "RU.80").satisfies(m -> {
            assertThat(m.settlement()).isEqualTo("Izhevsk");
            assertThat(m.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
        });
        assertMention(mentions, "2024-01-15", DatePrecision.DAY, "RU.61")
                .satisfies(m -> assertThat(m.facility()).containsIgnoringCase("Kamensky"));
        assertMention(mentions, "2023-11-26", DatePrecision.DAY, "RU.13");
        assertMention(mentions, "2023-11-10", DatePrecision.DAY, "RU.72")
                .satisfies(m -> assertThat(m.settlement()).isEqualTo("Kotovsk"));
        assertMention(mentions, "2023-10-31", DatePrecision.DAY, "RU.90")
                .satisfies(m -> assertThat(m.settlement()).isEqualTo("Solikamsk"));
        assertThat(mentions).hasSize(5);
        assertAllCountable(mentions);
    }

    @Test
    void shouldInferTheYearsOfAnArticleWithoutPublicationDateFromItsOwnFullDates() {
        List<IncidentMention> mentions = extract(TestArticles.seed("001"));

        assertMention(mentions, "2024-02-07", DatePrecision.DAY, "RU.80").satisfies(m -> {
            assertThat(m.facility()).isEqualTo("Votkinsk Machine Building Plant");
            assertThat(m.settlement()).isEqualTo("Izhevsk");
            assertThat(m.dateBasis()).isEqualTo(DateBasis.INFERRED);
        });
        assertMention(mentions, "2024-01-15", DatePrecision.DAY, "RU.61");
        assertMention(mentions, "2023-11-26", DatePrecision.DAY, "RU.13");
        assertMention(mentions, "2023-11-10", DatePrecision.DAY, "RU.72");
        assertMention(mentions, "2023-10-31", DatePrecision.DAY, "RU.90");
        assertMention(mentions, "2023-08-04", DatePrecision.DAY, "RU.80")
                .satisfies(m -> assertThat(m.facility()).containsIgnoringCase("Votkinsk"));
        assertThat(mentions).as("the report date (Feb. 9) and the 'Read also' teasers are no incidents").hasSize(6);
        assertAllCountable(mentions);
    }

    @Test
    void shouldResolveTheYearlessArticleAgainstItsPublicationDateAndKeepMonthOnlyListsVague() {
        Article yearless = TestArticles.seed("000").withPublished("2024-02-09", PublicationSource.FIELD);
        List<IncidentMention> mentions = extract(yearless);

        assertMention(mentions, "2024-02-07", DatePrecision.DAY, "RU.80")
                .satisfies(m -> assertThat(m.settlement()).isEqualTo("Izhevsk"));
        assertMention(mentions, "2024-01-15", DatePrecision.DAY, "RU.61");
        assertMention(mentions, "2023-11-26", DatePrecision.DAY, "RU.13");
        // "two more explosions in October and November ... in Kotovsk and Solikamsk" does not say which was when.
        for (String region : List.of("RU.72", "RU.90")) {
            IncidentMention m = only(mentions, region);
            assertThat(m.datePrecision()).isEqualTo(DatePrecision.MONTH);
            assertThat(m.earliest()).isEqualTo(LocalDate.parse("2023-10-01"));
            assertThat(m.latest()).isEqualTo(LocalDate.parse("2023-11-30"));
        }
        assertThat(mentions).hasSize(5);
        assertAllCountable(mentions);
    }

    @Test
    void shouldFlagYearsItHadToGuessWhenAnArticleHasNoDateAtAll() {
        List<IncidentMention> mentions = extract(TestArticles.seed("000"));

        assertThat(mentions).isNotEmpty().allSatisfy(m -> assertThat(m.dateBasis()).isEqualTo(DateBasis.YEAR_UNKNOWN));
        assertThat(mentions).extracting(IncidentMention::published).containsOnlyNulls();
    }

    private static List<IncidentMention> extract(Article article) {
        return EXTRACTOR.extract(article, INGESTED).mentions();
    }

    private static org.assertj.core.api.ObjectAssert<IncidentMention> assertMention(List<IncidentMention> mentions,
            String date, DatePrecision precision, String region) {
        List<IncidentMention> found = mentions.stream()
                .filter(m -> m.date().equals(LocalDate.parse(date)) && m.datePrecision() == precision
                        && region.equals(m.regionCode())).toList();
        assertThat(found).as("mention on %s in %s among %s", date, region, mentions).hasSize(1);
        return assertThat(found.get(0));
    }

    private static IncidentMention only(List<IncidentMention> mentions, String region) {
        List<IncidentMention> found = mentions.stream().filter(m -> region.equals(m.regionCode())).toList();
        assertThat(found).as("mentions in %s", region).hasSize(1);
        return found.get(0);
    }

    private static void assertAllCountable(List<IncidentMention> mentions) {
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.militaryIndustrial()).as("military-industrial: %s", m.evidence()).isTrue();
            assertThat(m.unexplained()).as("unexplained: %s", m.evidence()).isTrue();
            assertThat(m.kind()).isEqualTo(io.blastwatch.model.IncidentKind.EXPLOSION);
            assertThat(m.country()).isEqualTo("RU");
            assertThat(m.evidence()).isNotBlank();
            assertThat(m.evidence().toLowerCase()).doesNotContain("read also");
        });
    }
}
