package io.blastwatch.dedup;

import static io.blastwatch.dedup.Mentions.CHELYABINSK;
import static io.blastwatch.dedup.Mentions.IZHEVSK;
import static io.blastwatch.dedup.Mentions.KOTOVSK;
import static io.blastwatch.dedup.Mentions.SOLIKAMSK;
import static io.blastwatch.dedup.Mentions.TAMBOV;
import static io.blastwatch.dedup.Mentions.TAMBOV_OBLAST;
import static io.blastwatch.dedup.Mentions.UDMURTIA;
import static io.blastwatch.dedup.Mentions.VOTKINSK;
import static io.blastwatch.dedup.Mentions.YAGUL;
import static io.blastwatch.dedup.Mentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.blastwatch.dedup.IncidentClustering.Cluster;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.IncidentMention;

class IncidentClusteringTest {

    @Test
    void shouldJoinAReportThatNamesOnlyThePlantToTheIncidentOfItsDayAndRegion() {
        // The plant's town (Votkinsk) lies 52 km from Izhevsk and 43 km from Yagul: too far to be the same site by
        // distance, but a town read from a plant's name is not where the explosion was stated to be.
        var izhevsk = mention("iz").on("2024-02-07").in(IZHEVSK).build();
        var yagul = mention("ya").on("2024-02-07").in(YAGUL).build();
        var plantOnly = mention("vp").on("2024-02-07").votkinskPlant().build();

        assertThat(groups(IncidentClustering.cluster(List.of(plantOnly, izhevsk, yagul))))
                .containsExactly(Set.of("iz#0", "ya#0", "vp#0"));
    }

    @Test
    void shouldKeepTheSamePlantOnTwoDaysApart() {
        var august = mention("ap1").on("2023-08-04").votkinskPlant().build();
        var february = mention("fe1").on("2024-02-07").votkinskPlant().build();

        assertThat(groups(IncidentClustering.cluster(List.of(august, february))))
                .containsExactlyInAnyOrder(Set.of("ap1#0"), Set.of("fe1#0"));
    }

    @Test
    void shouldKeepThreeKotovskIncidentsOnThreeDaysApart() {
        var june = mention("kj").on("2023-06-20").in(KOTOVSK).build();
        var november = mention("kn").on("2023-11-10").in(KOTOVSK).build();
        var drone = mention("kd").on("2023-11-14").in(KOTOVSK).kind(IncidentKind.DRONE_STRIKE).build();

        assertThat(groups(IncidentClustering.cluster(List.of(june, november, drone))))
                .containsExactlyInAnyOrder(Set.of("kj#0"), Set.of("kn#0"), Set.of("kd#0"));
    }

    @Test
    void shouldMergeNearbySettlementsOfOneDay() {
        var izhevsk = mention("iz").on("2024-02-07").in(IZHEVSK).build();
        var yagul = mention("ya").on("2024-02-07").in(YAGUL).build();

        List<Cluster> clusters = IncidentClustering.cluster(List.of(izhevsk, yagul));

        assertThat(groups(clusters)).containsExactly(Set.of("iz#0", "ya#0"));
        assertThat(clusters.get(0).range()).isEqualTo(day("2024-02-07"));
    }

    @Test
    void shouldLinkAPlantNamedAfterATownThroughAnotherReportOfTheSamePlant() {
        // "The Votkinsk plant near Yagul" links "Yagul" and "Izhevsk" to the bare "Votkinsk Machine Building Plant".
        var izhevsk = mention("iz").on("2024-02-07").in(IZHEVSK).build();
        var plantNearYagul = mention("ya").on("2024-02-07").in(YAGUL).namedFacility("Votkinsk plant", null)
                .facilitySettlementId(VOTKINSK.id()).build();
        var plant = mention("vp").on("2024-02-07").votkinskPlant().build();

        assertThat(groups(IncidentClustering.cluster(List.of(izhevsk, plantNearYagul, plant))))
                .containsExactly(Set.of("iz#0", "ya#0", "vp#0"));
    }

    @Test
    void shouldJoinAMonthMentionToTheDayInThatMonthAtTheSamePlace() {
        var day = mention("sd").on("2023-10-31").in(SOLIKAMSK).build();
        var october = mention("sm").month("2023-10").in(SOLIKAMSK).build();

        List<Cluster> clusters = IncidentClustering.cluster(List.of(october, day));

        assertThat(groups(clusters)).containsExactly(Set.of("sd#0", "sm#0"));
        assertThat(clusters.get(0).range()).isEqualTo(day("2023-10-31"));
    }

    @Test
    void shouldJoinASpanToTheIncidentOfTheSameKind() {
        var explosion = mention("kn").on("2023-11-10").in(KOTOVSK).build();
        var drone = mention("kd").on("2023-11-14").in(KOTOVSK).kind(IncidentKind.DRONE_STRIKE).build();
        var explosionSpan = mention("ks").between("2023-10-01", "2023-11-30").in(KOTOVSK).build();
        var droneSpan = mention("kt").between("2023-10-01", "2023-11-30").in(KOTOVSK)
                .kind(IncidentKind.DRONE_STRIKE).build();

        assertThat(groups(IncidentClustering.cluster(List.of(explosion, drone, explosionSpan))))
                .containsExactlyInAnyOrder(Set.of("kn#0", "ks#0"), Set.of("kd#0"));
        // The drone strike's id sorts first, so the tie-break alone would not send the drone span there.
        assertThat(groups(IncidentClustering.cluster(List.of(explosion, drone, droneSpan))))
                .containsExactlyInAnyOrder(Set.of("kn#0"), Set.of("kd#0", "kt#0"));
    }

    @Test
    void shouldJoinAnUnknownYearMentionToTheIncidentOfASameDayInAnEarlierYear() {
        var known = mention("iz").on("2024-02-07").in(IZHEVSK).build();
        var guessed = mention("gu").on("2026-02-07").guessed().in(IZHEVSK).build();

        assertThat(groups(IncidentClustering.cluster(List.of(known, guessed))))
                .containsExactly(Set.of("iz#0", "gu#0"));
    }

    @Test
    void shouldPreferTheMostRecentYearForAnUnknownYearMention() {
        var older = mention("a-2023").on("2023-02-07").in(IZHEVSK).build();
        var newer = mention("z-2024").on("2024-02-07").in(IZHEVSK).build();
        var guessed = mention("gu").on("2026-02-07").guessed().in(IZHEVSK).build();

        assertThat(groups(IncidentClustering.cluster(List.of(older, newer, guessed))))
                .containsExactlyInAnyOrder(Set.of("a-2023#0"), Set.of("z-2024#0", "gu#0"));
    }

    @Test
    void shouldNotReachFurtherBackThanTheGuessedYearsLimit() {
        int tooFar = MentionDates.UNKNOWN_YEARS_BACK + 1;
        var known = mention("iz").on("2020-02-07").in(IZHEVSK).build();
        var guessed = mention("gu").on((2020 + tooFar) + "-02-07").guessed().in(IZHEVSK).build();

        assertThat(groups(IncidentClustering.cluster(List.of(known, guessed))))
                .containsExactlyInAnyOrder(Set.of("iz#0"), Set.of("gu#0"));
    }

    @Test
    void shouldKeepAnUnknownYearMentionThatMatchesNothingAsItsOwnIncident() {
        var known = mention("iz").on("2024-02-07").in(IZHEVSK).build();
        var guessed = mention("gu").on("2026-03-15").guessed().in(IZHEVSK).build();

        List<Cluster> clusters = IncidentClustering.cluster(List.of(known, guessed));

        assertThat(groups(clusters)).containsExactlyInAnyOrder(Set.of("iz#0"), Set.of("gu#0"));
        assertThat(clusters).filteredOn(c -> c.key().equals("gu#0")).singleElement()
                .extracting(Cluster::range).isEqualTo(day("2026-03-15"));
    }

    @Test
    void shouldKeepStatedSettlementsFarApartAsTwoIncidents() {
        var izhevsk = mention("iz").on("2024-02-07").in(IZHEVSK).build();
        var votkinsk = mention("vo").on("2024-02-07").in(VOTKINSK).build();

        assertThat(groups(IncidentClustering.cluster(List.of(izhevsk, votkinsk))))
                .containsExactlyInAnyOrder(Set.of("iz#0"), Set.of("vo#0"));
    }

    @Test
    void shouldJoinARegionOnlyMentionToTheSingleIncidentOfThatDayInTheRegion() {
        var kotovsk = mention("ko").on("2023-11-10").in(KOTOVSK).build();
        var region = mention("re").on("2023-11-10").inRegion(TAMBOV_OBLAST).build();
        var otherDay = mention("rx").on("2023-11-12").inRegion(TAMBOV_OBLAST).build();

        assertThat(groups(IncidentClustering.cluster(List.of(kotovsk, region, otherDay))))
                .containsExactlyInAnyOrder(Set.of("ko#0", "re#0"), Set.of("rx#0"));
    }

    @Test
    void shouldGroupRegionOnlyMentionsOfADayWithoutAnIncidentTogether() {
        var first = mention("r1").on("2023-11-12").inRegion(TAMBOV_OBLAST).build();
        var second = mention("r2").on("2023-11-12").inRegion(TAMBOV_OBLAST).build();

        assertThat(groups(IncidentClustering.cluster(List.of(first, second))))
                .containsExactly(Set.of("r1#0", "r2#0"));
    }

    @Test
    void shouldGiveTheSameClustersForEveryArrivalOrder() {
        List<IncidentMention> mix = mix();
        List<Cluster> baseline = IncidentClustering.cluster(mix);
        Set<Set<String>> expectedGroups = groups(baseline);

        assertThat(expectedGroups).contains(
                Set.of("iz#0", "ya#0", "gu#0", "vp-feb#0"),
                Set.of("vp-aug#0", "ud-aug#0"),
                Set.of("iz-may#0"), Set.of("vo-may#0"),
                Set.of("ko-jun#0"),
                Set.of("ko-nov#0", "ta-nov#0", "ko-span#0"),
                Set.of("ko-drone#0"),
                Set.of("so-day#0", "so-oct#0"),
                Set.of("ch-nov#0"),
                Set.of("ch-guess#0"));
        assertThat(expectedGroups.stream().mapToInt(Set::size).sum()).isEqualTo(mix.size());

        for (long seed = 0; seed < 200; seed++) {
            List<IncidentMention> shuffled = new ArrayList<>(mix);
            Collections.shuffle(shuffled, new Random(seed));
            List<Cluster> clusters = IncidentClustering.cluster(shuffled);
            assertThat(groups(clusters)).as("seed %d", seed).isEqualTo(expectedGroups);
            assertThat(clusters).as("seed %d", seed).isEqualTo(baseline);
        }
    }

    private static List<IncidentMention> mix() {
        return List.of(
                mention("iz").on("2024-02-07").in(IZHEVSK).build(),
                mention("ya").on("2024-02-07").in(YAGUL).build(),
                mention("vp-feb").on("2024-02-07").votkinskPlant().build(),
                mention("gu").on("2026-02-07").guessed().in(IZHEVSK).build(),
                mention("vp-aug").on("2023-08-04").votkinskPlant().build(),
                mention("ud-aug").on("2023-08-04").inRegion(UDMURTIA).build(),
                mention("iz-may").on("2023-05-12").in(IZHEVSK).build(),
                mention("vo-may").on("2023-05-12").in(VOTKINSK).build(),
                mention("ko-jun").on("2023-06-20").in(KOTOVSK).build(),
                mention("ko-nov").on("2023-11-10").in(KOTOVSK).build(),
                mention("ta-nov").on("2023-11-10").in(TAMBOV).build(),
                mention("ko-drone").on("2023-11-14").in(KOTOVSK).kind(IncidentKind.DRONE_STRIKE).build(),
                mention("ko-span").between("2023-10-01", "2023-11-30").in(KOTOVSK).build(),
                mention("so-day").on("2023-10-31").in(SOLIKAMSK).build(),
                mention("so-oct").month("2023-10").in(SOLIKAMSK).build(),
                mention("ch-nov").on("2023-11-10").in(CHELYABINSK).build(),
                mention("ch-guess").on("2026-03-15").guessed().in(CHELYABINSK).build());
    }

    private static Set<Set<String>> groups(Collection<Cluster> clusters) {
        return clusters.stream()
                .map(c -> c.members().stream().map(IncidentMention::mentionId).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static DateInterval day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return new DateInterval(d, d);
    }
}
