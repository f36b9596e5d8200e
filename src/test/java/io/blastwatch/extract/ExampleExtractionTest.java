package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.blastwatch.model.Article;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project's own example articles (examples/articles): every outlet's wording, always run. */
class ExampleExtractionTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());
    private static final List<Article> EXAMPLES = TestArticles.read(TestArticles.examplesDir());

    /** The five reports of the 7 February explosion: each must find it, in Udmurtia, countable. */
    @ParameterizedTest
    @ValueSource(strings = {"kyiv-evening-wire", "Eurasia Desk", "Northern Ledger", "nodate-observer",
            "Baltic Policy Review"})
    void shouldFindTheVotkinskExplosionInEveryReport(String outlet) {
        IncidentMention votkinsk = on(mentions(outlet), "2024-02-07");
        assertThat(votkinsk.regionCode()).isEqualTo("RU.80");
        assertThat(votkinsk.facility()).containsIgnoringCase("Votkins");
        assertThat(votkinsk.militaryIndustrial()).isTrue();
        assertThat(votkinsk.unexplained()).as("officials' 'testing' and a denial of drones leave it unexplained").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kyiv-evening-wire", "Northern Ledger", "nodate-observer", "Baltic Policy Review"})
    void shouldFindTheEarlierExplosionsEachOutletLists(String outlet) {
        List<IncidentMention> mentions = mentions(outlet);
        for (String region : List.of("RU.61", "RU.13", "RU.72", "RU.90")) {
            assertThat(mentions).as("%s lists an explosion in %s", outlet, region)
                    .anyMatch(m -> region.equals(m.regionCode()) && m.militaryIndustrial() && m.unexplained());
        }
    }

    @Test
    void shouldResolveYearlessUsDatesAgainstThePublicationDate() {
        List<IncidentMention> mentions = mentions("kyiv-evening-wire");
        assertThat(mentions).extracting(IncidentMention::date).contains(LocalDate.parse("2024-01-15"),
                LocalDate.parse("2023-11-26"), LocalDate.parse("2023-11-10"), LocalDate.parse("2023-10-31"),
                LocalDate.parse("2023-08-04"));
        assertThat(mentions).as("Belgorod and refinery teasers are no incidents")
                .noneMatch(m -> "RU.09".equals(m.regionCode()));
    }

    @Test
    void shouldReadRelativeDatesOfTheEurasiaDesk() {
        List<IncidentMention> mentions = mentions("Eurasia Desk");
        assertThat(on(mentions, "2024-02-07").earliest()).isBeforeOrEqualTo(LocalDate.parse("2024-02-07"));
        IncidentMention solikamsk = mentions.stream().filter(m -> "RU.90".equals(m.regionCode())).findFirst().orElseThrow();
        assertThat(solikamsk.earliest()).isEqualTo(LocalDate.parse("2023-10-21"));
        assertThat(solikamsk.latest()).isEqualTo(LocalDate.parse("2023-10-31"));
        IncidentMention kamensky = mentions.stream().filter(m -> "RU.61".equals(m.regionCode())).findFirst().orElseThrow();
        assertThat(kamensky.date()).as("'last month' in a February article").isEqualTo(LocalDate.parse("2024-01-01"));
    }

    @Test
    void shouldInferTheYearOfTheUndatedArticleFromItsFullDates() {
        List<IncidentMention> mentions = mentions("nodate-observer");
        assertThat(mentions).extracting(IncidentMention::date).contains(LocalDate.parse("2024-02-07"),
                LocalDate.parse("2023-08-04"), LocalDate.parse("2023-11-26"), LocalDate.parse("2024-01-15"));
        assertThat(mentions).filteredOn(m -> "RU.72".equals(m.regionCode()) || "RU.90".equals(m.regionCode()))
                .hasSize(2).allSatisfy(m -> assertThat(m.earliest()).isEqualTo(LocalDate.parse("2023-10-01")));
    }

    @Test
    void shouldKeepTheThreeKotovskEventsApartAndSeeTheClaimedDroneAttack() {
        List<IncidentMention> mentions = mentions("Black Earth Bulletin");
        assertThat(mentions).extracting(IncidentMention::date).containsExactlyInAnyOrder(LocalDate.parse("2023-06-20"),
                LocalDate.parse("2023-11-10"), LocalDate.parse("2023-11-14"));
        assertThat(on(mentions, "2023-06-20").unexplained()).isTrue();
        assertThat(on(mentions, "2023-11-10").unexplained()).isTrue();
        IncidentMention drone = on(mentions, "2023-11-14");
        assertThat(drone.unexplained()).isFalse();
        assertThat(drone.kind()).isEqualTo(IncidentKind.DRONE_STRIKE);
    }

    @Test
    void shouldCountNothingInTheArticlesThatMustNotCount() {
        for (String outlet : List.of("The Morning Monitor", "Eastern Front Dispatch", "Sloboda News", "Frontline Weekly")) {
            assertThat(mentions(outlet)).as(outlet).noneMatch(m -> m.kind() == IncidentKind.EXPLOSION
                    && m.militaryIndustrial() && m.unexplained());
        }
        assertThat(mentions("Frontline Weekly")).as("a war update without an incident").isEmpty();
        assertThat(on(mentions("Sloboda News"), "2024-02-05").country()).isEqualTo("UA");
    }

    /** Plain text files name no outlet: theirs is the file name, as CONTRACT.md says. */
    private static List<IncidentMention> mentions(String outlet) {
        List<Article> matching = EXAMPLES.stream().filter(a -> a.outlet().contains(outlet)).toList();
        assertThat(matching).as("example article of %s", outlet).hasSize(1);
        Article article = matching.get(0);
        return EXTRACTOR.extract(article, TestArticles.INGESTED_AT).mentions();
    }

    private static IncidentMention on(List<IncidentMention> mentions, String date) {
        List<IncidentMention> found = mentions.stream().filter(m -> m.date().equals(LocalDate.parse(date))).toList();
        assertThat(found).as("one mention dated %s among %s", date, mentions).hasSize(1);
        return found.get(0);
    }
}
