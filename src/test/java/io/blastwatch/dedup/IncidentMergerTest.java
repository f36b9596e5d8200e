package io.blastwatch.dedup;

import static io.blastwatch.dedup.Mentions.CHELYABINSK;
import static io.blastwatch.dedup.Mentions.IZHEVSK;
import static io.blastwatch.dedup.Mentions.ROSTOV_OBLAST;
import static io.blastwatch.dedup.Mentions.SOLIKAMSK;
import static io.blastwatch.dedup.Mentions.YAGUL;
import static io.blastwatch.dedup.Mentions.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.blastwatch.model.CauseReport;
import io.blastwatch.model.CauseSpeaker;
import io.blastwatch.model.CauseStance;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.Source;

class IncidentMergerTest {

    private static final String BLOCK = "RU|RU.13";
    /** A 64-bit SimHash; the copies below differ from it in 3 and 4 bits of the last hex digit. */
    private static final String FINGERPRINT = "0123456789abcdef";
    private static final String THREE_BITS_OFF = "0123456789abcde8";
    private static final String FOUR_BITS_OFF = "0123456789abcde0";

    private final IncidentMerger merger = new IncidentMerger(100);

    @Test
    void shouldNameTheAttackWhenAnyReportNamesOneThenAnExplosionThenAFire() {
        var fire1 = mention("f1").on("2023-10-31").in(SOLIKAMSK).kind(IncidentKind.FIRE).build();
        var fire2 = mention("f2").on("2023-10-31").in(SOLIKAMSK).kind(IncidentKind.FIRE).build();
        var blast = mention("e1").on("2023-10-31").in(SOLIKAMSK).kind(IncidentKind.EXPLOSION).build();
        var drone = mention("d1").on("2023-10-31").in(SOLIKAMSK).kind(IncidentKind.DRONE_STRIKE).build();

        assertThat(merger.merge("RU|RU.90", List.of(fire1, fire2, drone)).kind())
                .as("the fire a drone strike left is the strike").isEqualTo(IncidentKind.DRONE_STRIKE);
        assertThat(merger.merge("RU|RU.90", List.of(fire1, fire2, blast)).kind())
                .as("the blast that some saw only as flames is a blast").isEqualTo(IncidentKind.EXPLOSION);
        assertThat(merger.merge("RU|RU.90", List.of(fire1, fire2)).kind()).isEqualTo(IncidentKind.FIRE);
        assertThat(merger.merge("RU|RU.90", List.of(fire1, blast, drone)).kind()).isEqualTo(IncidentKind.DRONE_STRIKE);
    }

    @Test
    void shouldDecideTheCauseByWhoSaysIt() {
        var finding = mention("o1").on("2023-10-31").in(SOLIKAMSK).cause("caused by a violation of safety rules")
                .said(CauseSpeaker.INVESTIGATORS, CauseStance.STATED).build();
        var rumour = mention("m1").on("2023-10-31").in(SOLIKAMSK).attack("drones attacked the plant")
                .said(CauseSpeaker.MEDIA, CauseStance.STATED).build();
        var ownWords = mention("u1").on("2023-10-31").in(SOLIKAMSK).attack("a drone attack hit the plant")
                .said(CauseSpeaker.UNNAMED, CauseStance.STATED).build();
        var claim = mention("p1").on("2023-10-31").in(SOLIKAMSK).attack("the general staff claimed the strike")
                .said(CauseSpeaker.PARTY, CauseStance.CLAIMED).build();
        var suspicion = mention("s1").on("2023-10-31").in(SOLIKAMSK).cause("might have been a drone")
                .said(CauseSpeaker.MEDIA, CauseStance.SUSPECTED).build();
        var denial = mention("d1").on("2023-10-31").in(SOLIKAMSK).cause("unlikely that drones were involved")
                .said(CauseSpeaker.OFFICIALS, CauseStance.DENIED).build();

        // Media alone: the attack explains it.
        Incident media = merger.merge(BLOCK, List.of(rumour));
        assertThat(media.unexplained()).isFalse();
        assertThat(media.contested()).isFalse();
        // Media and the outlet's own words against the investigators' finding: unexplained, contested.
        Incident contested = merger.merge(BLOCK, List.of(finding, rumour, ownWords));
        assertThat(contested.unexplained()).isTrue();
        assertThat(contested.contested()).isTrue();
        assertThat(contested.causeHistory()).extracting(CauseReport::speaker)
                .containsExactlyInAnyOrder(CauseSpeaker.INVESTIGATORS, CauseSpeaker.MEDIA, CauseSpeaker.UNNAMED);
        // A party's claim outweighs the finding: an attack, not contested.
        Incident claimed = merger.merge(BLOCK, List.of(finding, rumour, claim));
        assertThat(claimed.unexplained()).isFalse();
        assertThat(claimed.contested()).isFalse();
        // A suspicion or a denial is no finding: nothing contests the rumour, and alone they explain nothing.
        assertThat(merger.merge(BLOCK, List.of(rumour, suspicion, denial)).unexplained()).isFalse();
        Incident doubts = merger.merge(BLOCK, List.of(suspicion, denial));
        assertThat(doubts.unexplained()).isTrue();
        assertThat(doubts.contested()).isFalse();
        // The decision is a function of the reports, not of their order.
        List<IncidentMention> shuffled = new ArrayList<>(List.of(finding, rumour, ownWords, suspicion));
        Collections.shuffle(shuffled, new Random(7));
        assertThat(merger.merge(BLOCK, shuffled).contested()).isTrue();
    }

    @Test
    void shouldLetTheReportsThatNameTheFacilityDecideWhetherTheSiteIsMilitaryIndustrial() {
        var depot1 = mention("d1").on("2023-10-31").in(SOLIKAMSK).facility("ammunition depot")
                .militaryIndustrial(false).build();
        var depot2 = mention("d2").on("2023-10-31").in(SOLIKAMSK).facility("ammunition depot")
                .militaryIndustrial(false).build();
        var townOnly = mention("t1").on("2023-10-31").in(SOLIKAMSK).militaryIndustrial(true).build();
        var plant = mention("p1").on("2023-10-31").in(SOLIKAMSK).facility("gunpowder plant")
                .militaryIndustrial(true).build();

        assertThat(merger.merge("RU|RU.90", List.of(depot1, depot2, townOnly)).militaryIndustrial())
                .as("a report naming only the town does not outweigh two that name the depot").isFalse();
        assertThat(merger.merge("RU|RU.90", List.of(depot1, plant)).militaryIndustrial())
                .as("a tie between facility reports keeps the site military-industrial").isTrue();
        assertThat(merger.merge("RU|RU.90", List.of(depot1, depot2, plant)).militaryIndustrial()).isFalse();
        assertThat(merger.merge("RU|RU.90", List.of(townOnly,
                mention("t2").on("2023-10-31").in(SOLIKAMSK).militaryIndustrial(false).build())).militaryIndustrial())
                .as("without a facility, any report that says so").isTrue();
    }

    @Test
    void shouldDateTheIncidentByTheDayMentionWhenAMonthMentionIsAlsoPresent() {
        var october1 = mention("m1").month("2023-10").in(SOLIKAMSK).build();
        var october2 = mention("m2").month("2023-10").in(SOLIKAMSK).build();
        var day = mention("d1").on("2023-10-31").in(SOLIKAMSK).build();

        Incident incident = merger.merge("RU|RU.90", List.of(october1, october2, day));

        assertThat(incident.date()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(incident.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(incident.dateBasis()).isEqualTo(DateBasis.STATED);
    }

    @Test
    void shouldDateTheIncidentByAKnownYearRatherThanAGuessedOne() {
        var guessed = mention("g1").on("2026-02-07").guessed().in(IZHEVSK).build();
        var known = mention("k1").on("2024-02-07").dateBasis(DateBasis.PUBLICATION).in(IZHEVSK).build();

        Incident incident = merger.merge("RU|RU.80", List.of(guessed, known));

        assertThat(incident.date()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(incident.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
    }

    @Test
    void shouldPreferANamedFacilityOverADescription() {
        var named = mention("a1").on("2024-01-20").inRegion(ROSTOV_OBLAST)
                .namedFacility("Kamensky chemical plant", "kamensky").build();
        var described1 = mention("a2").on("2024-01-20").inRegion(ROSTOV_OBLAST).facility("chemical plant").build();
        var described2 = mention("a3").on("2024-01-20").inRegion(ROSTOV_OBLAST).facility("chemical plant").build();

        Incident incident = merger.merge("RU|RU.61", List.of(described1, named, described2));

        assertThat(incident.facility()).isEqualTo("Kamensky chemical plant");
        assertThat(incident.region()).isEqualTo("Rostov Oblast");
        assertThat(incident.settlement()).isNull();
    }

    @Test
    void shouldPlaceTheIncidentAtTheStatedSettlementNamedMostOften() {
        var yagul = mention("a1").on("2024-02-07").in(YAGUL).build();
        var izhevsk1 = mention("a2").on("2024-02-07").in(IZHEVSK).build();
        var izhevsk2 = mention("a3").on("2024-02-07").in(IZHEVSK).build();

        Incident incident = merger.merge("RU|RU.80", List.of(yagul, izhevsk1, izhevsk2));

        assertThat(incident.settlement()).isEqualTo("Izhevsk");
        assertThat(incident.latitude()).isEqualTo(IZHEVSK.latitude());
        assertThat(incident.longitude()).isEqualTo(IZHEVSK.longitude());
        assertThat(incident.regionCode()).isEqualTo("RU.80");
        assertThat(incident.country()).isEqualTo("RU");
    }

    @Test
    void shouldCountDistinctOutletsIgnoringCase() {
        var upper = mention("a1").outlet("TASS").published("2024-02-08").on("2024-02-07").in(CHELYABINSK).build();
        var lower = mention("a2").outlet("tass").published("2024-02-09").on("2024-02-07").in(CHELYABINSK).build();
        var other = mention("a3").outlet("Meduza").published("2024-02-10").on("2024-02-07").in(CHELYABINSK).build();

        Incident incident = merger.merge(BLOCK, List.of(upper, lower, other));

        assertThat(incident.outlets()).isEqualTo(2);
        assertThat(incident.mentions()).isEqualTo(3);
        assertThat(incident.sources()).extracting(Source::articleId).containsExactly("a1", "a2", "a3");
    }

    @Test
    void shouldFoldASyndicatedCopyIntoItsOriginal() {
        var original = mention("orig").outlet("Reuters").published("2024-02-08").fingerprint(FINGERPRINT)
                .on("2024-02-07").in(CHELYABINSK).build();
        var copy = mention("copy").outlet("Yahoo News").published("2024-02-09").fingerprint(THREE_BITS_OFF)
                .on("2024-02-07").in(CHELYABINSK).build();

        Incident incident = merger.merge(BLOCK, List.of(copy, original));

        assertThat(incident.outlets()).isEqualTo(1);
        assertThat(incident.mentions()).isEqualTo(1);
        assertThat(incident.sources()).singleElement().satisfies(s -> {
            assertThat(s.articleId()).isEqualTo("orig");
            assertThat(s.outlet()).isEqualTo("Reuters");
            assertThat(s.syndicatedCopies()).containsExactly("copy");
        });
    }

    @Test
    void shouldKeepArticlesFourBitsApartAsSeparateSources() {
        var first = mention("a1").outlet("Reuters").published("2024-02-08").fingerprint(FINGERPRINT)
                .on("2024-02-07").in(CHELYABINSK).build();
        var second = mention("a2").outlet("Yahoo News").published("2024-02-09").fingerprint(FOUR_BITS_OFF)
                .on("2024-02-07").in(CHELYABINSK).build();

        Incident incident = merger.merge(BLOCK, List.of(first, second));

        assertThat(incident.outlets()).isEqualTo(2);
        assertThat(incident.mentions()).isEqualTo(2);
        assertThat(incident.sources()).extracting(Source::articleId).containsExactly("a1", "a2");
        assertThat(incident.sources()).allSatisfy(s -> assertThat(s.syndicatedCopies()).isEmpty());
    }

    @Test
    void shouldListOneSourcePerArticleButCountEveryMention() {
        var first = mention("a1").n(0).on("2024-02-07").in(CHELYABINSK).build();
        var second = mention("a1").n(1).on("2024-02-07").in(CHELYABINSK).build();

        Incident incident = merger.merge(BLOCK, List.of(second, first));

        assertThat(incident.mentions()).isEqualTo(2);
        assertThat(incident.outlets()).isEqualTo(1);
        assertThat(incident.sources()).singleElement().extracting(Source::mentionId).isEqualTo("a1#0");
        assertThat(incident.sourcesTruncated()).isFalse();
    }

    @Test
    void shouldTakeTheAttacksCauseOnceAnAttackIsReported() {
        var early = mention("a1").outlet("TASS").published("2024-02-07").on("2024-02-07").in(CHELYABINSK)
                .cause("a gas cylinder").build();
        var attack = mention("a2").outlet("Meduza").published("2024-02-08T10:00:00Z").on("2024-02-07")
                .in(CHELYABINSK).attack("Ukrainian drone attack").build();
        var later = mention("a3").outlet("RBC").published("2024-02-10").on("2024-02-07").in(CHELYABINSK)
                .cause("violation of safety rules").build();
        var silent = mention("a4").outlet("Kommersant").published("2024-02-09").on("2024-02-07").in(CHELYABINSK)
                .build();

        Incident incident = merger.merge(BLOCK, List.of(later, silent, attack, early));

        assertThat(incident.unexplained()).isFalse();
        assertThat(incident.cause()).isEqualTo("Ukrainian drone attack");
        assertThat(incident.causeHistory())
                .extracting(CauseReport::articleId, CauseReport::cause, CauseReport::attack)
                .containsExactly(
                        tuple("a1", "a gas cylinder", false),
                        tuple("a2", "Ukrainian drone attack", true),
                        tuple("a3", "violation of safety rules", false));
    }

    @Test
    void shouldTakeTheLatestCauseWhileUnexplained() {
        var early = mention("a1").published("2024-02-07").on("2024-02-07").in(CHELYABINSK)
                .cause("a gas cylinder").build();
        var later = mention("a2").published("2024-02-10").on("2024-02-07").in(CHELYABINSK)
                .cause("violation of safety rules").build();

        Incident incident = merger.merge(BLOCK, List.of(later, early));

        assertThat(incident.unexplained()).isTrue();
        assertThat(incident.cause()).isEqualTo("violation of safety rules");
        assertThat(incident.causeHistory()).extracting(CauseReport::articleId).containsExactly("a1", "a2");
    }

    @Test
    void shouldGiveTheSameIdForEveryOrderOfMembers() {
        List<IncidentMention> members = new ArrayList<>(List.of(
                mention("a1").published("2024-02-08").on("2024-02-07").in(CHELYABINSK).build(),
                mention("a2").published("2024-02-09").on("2024-02-07").in(CHELYABINSK).build(),
                mention("a3").published("2024-02-10").on("2024-02-07").in(CHELYABINSK).build(),
                mention("a4").published(null).on("2024-02-07").in(CHELYABINSK).build()));
        String id = merger.merge(BLOCK, members).id();

        assertThat(id).matches("inc-[0-9a-f]{16}");
        for (long seed = 0; seed < 20; seed++) {
            Collections.shuffle(members, new Random(seed));
            assertThat(merger.merge(BLOCK, members).id()).as("seed %d", seed).isEqualTo(id);
        }
        assertThat(merger.merge("RU|RU.80", members).id()).isNotEqualTo(id);
    }

    @Test
    void shouldKeepTheIdWhenALaterReportIsAddedAndChangeItForAnEarlierOne() {
        var first = mention("a1").published("2024-02-08").on("2024-02-07").in(CHELYABINSK).build();
        var second = mention("a2").published("2024-02-09").on("2024-02-07").in(CHELYABINSK).build();
        String id = merger.merge(BLOCK, List.of(first, second)).id();

        var later = mention("a3").published("2024-02-12T08:00:00Z").on("2024-02-07").in(CHELYABINSK).build();
        var undated = mention("a0").published(null).on("2024-02-07").in(CHELYABINSK).build();
        var earlier = mention("z9").published("2024-02-07T22:00:00Z").on("2024-02-07").in(CHELYABINSK).build();

        assertThat(merger.merge(BLOCK, List.of(first, second, later)).id()).isEqualTo(id);
        assertThat(merger.merge(BLOCK, List.of(undated, first, second)).id()).isEqualTo(id);
        assertThat(merger.merge(BLOCK, List.of(first, second, earlier)).id()).isNotEqualTo(id);
    }

    @Test
    void shouldCapTheSourcesButCountOutletsAndMentionsExactly() {
        List<IncidentMention> members = List.of(
                mention("a1").outlet("TASS").published("2024-02-08").on("2024-02-07").in(CHELYABINSK).build(),
                mention("a2").outlet("Meduza").published("2024-02-09").on("2024-02-07").in(CHELYABINSK).build(),
                mention("a3").outlet("RBC").published("2024-02-10").on("2024-02-07").in(CHELYABINSK).build());

        Incident capped = new IncidentMerger(2).merge(BLOCK, members);
        Incident full = merger.merge(BLOCK, members);

        assertThat(capped.sources()).extracting(Source::articleId).containsExactly("a1", "a2");
        assertThat(capped.sourcesTruncated()).isTrue();
        assertThat(capped.outlets()).isEqualTo(3);
        assertThat(capped.mentions()).isEqualTo(3);
        assertThat(full.sources()).hasSize(3);
        assertThat(full.sourcesTruncated()).isFalse();
    }

    @Test
    void shouldReportTheFirstAndLastPublicationTimes() {
        var day = mention("a1").published("2024-02-08").on("2024-02-07").in(CHELYABINSK).build();
        var offset = mention("a2").published("2024-02-07T23:30:00+03:00").on("2024-02-07").in(CHELYABINSK).build();
        var latest = mention("a3").published("2024-02-09T14:05:00Z").on("2024-02-07").in(CHELYABINSK).build();
        var undated = mention("a4").published(null).on("2024-02-07").in(CHELYABINSK).build();

        Incident incident = merger.merge(BLOCK, List.of(latest, undated, day, offset));

        assertThat(incident.firstReported()).isEqualTo("2024-02-07T23:30:00+03:00");
        assertThat(incident.lastReported()).isEqualTo("2024-02-09T14:05:00Z");
        assertThat(incident.sources()).extracting(Source::articleId).containsExactly("a2", "a1", "a3", "a4");
    }

    @Test
    void shouldCarryTheFlagsOfItsMentions() {
        var civil = mention("a1").on("2024-02-07").in(CHELYABINSK).militaryIndustrial(false).build();
        var military = mention("a2").on("2024-02-07").in(CHELYABINSK).build();

        Incident incident = merger.merge(BLOCK, List.of(civil, military));

        assertThat(incident.militaryIndustrial()).isTrue();
        assertThat(incident.unexplained()).isTrue();
        assertThat(incident.cause()).isNull();
        assertThat(incident.causeHistory()).isEmpty();
    }

    @Test
    void shouldTakeTheDayAYearlessReportGivesWithinTheSpanOfANewsReport() {
        // "A fire broke out at the plant" in a page of 17 April 2024: that day or the day before.
        var news = mention("a1").published("2024-04-17").in(IZHEVSK)
                .dated(LocalDate.parse("2024-04-17"), DatePrecision.DAY, LocalDate.parse("2024-04-16"),
                        LocalDate.parse("2024-04-17"))
                .dateBasis(DateBasis.PUBLICATION).build();
        // "on April 16", in a page that lost its date.
        var yearless = mention("a2").published(null).on("2026-04-16").guessed().in(IZHEVSK).build();
        var elsewhere = mention("a3").published(null).on("2026-04-10").guessed().in(IZHEVSK).build();

        Incident refined = merger.merge(BLOCK, List.of(news, yearless));
        assertThat(refined.date()).isEqualTo(LocalDate.parse("2024-04-16"));
        assertThat(refined.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
        assertThat(merger.merge(BLOCK, List.of(yearless, news)).date()).isEqualTo(LocalDate.parse("2024-04-16"));

        // A day outside the span says nothing about it; a news report alone keeps its own day.
        assertThat(merger.merge(BLOCK, List.of(news, elsewhere)).date()).isEqualTo(LocalDate.parse("2024-04-17"));
        assertThat(merger.merge(BLOCK, List.of(news)).date()).isEqualTo(LocalDate.parse("2024-04-17"));

        // A report that states the day with its year needs no help.
        var stated = mention("a4").published("2024-04-18").on("2024-04-17").in(IZHEVSK).build();
        assertThat(merger.merge(BLOCK, List.of(stated, yearless)).date()).isEqualTo(LocalDate.parse("2024-04-17"));
    }
}
