package io.blastwatch.dedup;

import static io.blastwatch.dedup.Mentions.CHELYABINSK;
import static io.blastwatch.dedup.Mentions.IZHEVSK;
import static io.blastwatch.dedup.Mentions.KOTOVSK;
import static io.blastwatch.dedup.Mentions.ROSTOV_OBLAST;
import static io.blastwatch.dedup.Mentions.TAMBOV;
import static io.blastwatch.dedup.Mentions.UDMURTIA;
import static io.blastwatch.dedup.Mentions.VOTKINSK;
import static io.blastwatch.dedup.Mentions.YAGUL;
import static io.blastwatch.dedup.Mentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.blastwatch.model.IncidentMention;

class PlaceMatchingTest {

    private static Mentions.Builder at() {
        return mention("a").on("2024-02-07");
    }

    private static Mentions.Builder other() {
        return mention("b").on("2024-02-07");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                scored("same facility key, no settlements",
                        at().inRegion(ROSTOV_OBLAST).namedFacility("Kamensky chemical plant", "kamensky"),
                        other().inRegion(ROSTOV_OBLAST).namedFacility("Kamensky Combine", "combine kamensky"),
                        PlaceMatching.SAME_FACILITY),
                scored("same facility key beats far stated settlements",
                        at().in(IZHEVSK).namedFacility("Kupol plant", "kupol"),
                        other().in(VOTKINSK).namedFacility("Kupol Electromechanical Plant", "kupol"),
                        PlaceMatching.SAME_FACILITY),
                scored("same facility settlement: Votkinsk plant near Yagul and the bare Votkinsk plant",
                        at().in(YAGUL).namedFacility("Votkinsk plant", null).facilitySettlementId(VOTKINSK.id()),
                        other().votkinskPlant(),
                        PlaceMatching.SAME_FACILITY),
                scored("same settlement",
                        at().in(IZHEVSK), other().in(IZHEVSK), PlaceMatching.SAME_SETTLEMENT),
                scored("Yagul 12 km from Izhevsk",
                        at().in(IZHEVSK), other().in(YAGUL), PlaceMatching.SAME_SETTLEMENT),
                scored("Kotovsk 16 km from Tambov",
                        at().in(KOTOVSK), other().in(TAMBOV), PlaceMatching.SAME_SETTLEMENT),
                scored("two named plants in stated Kotovsk and Tambov 16 km apart",
                        at().in(KOTOVSK).namedFacility("Tambov Gunpowder Plant", "gunpowder tambov"),
                        other().in(TAMBOV).namedFacility("Revtrud plant", "revtrud"), PlaceMatching.INCOMPATIBLE),
                scored("a named plant in Kotovsk and a bare report from Tambov 16 km apart",
                        at().in(KOTOVSK).namedFacility("Tambov Gunpowder Plant", "gunpowder tambov"),
                        other().in(TAMBOV), PlaceMatching.SAME_SETTLEMENT),
                scored("two named plants 16 km apart, one town read from a name",
                        at().in(KOTOVSK).namedFacility("Tambov Gunpowder Plant", "gunpowder tambov"),
                        other().place(TAMBOV, false).namedFacility("Revtrud plant", "revtrud"),
                        PlaceMatching.SAME_SETTLEMENT),
                scored("stated Izhevsk and stated Votkinsk 52 km apart",
                        at().in(IZHEVSK), other().in(VOTKINSK), PlaceMatching.INCOMPATIBLE),
                scored("stated Yagul and stated Votkinsk 43 km apart",
                        at().in(YAGUL), other().in(VOTKINSK), PlaceMatching.INCOMPATIBLE),
                scored("stated Izhevsk and stated Chelyabinsk",
                        at().in(IZHEVSK), other().in(CHELYABINSK), PlaceMatching.INCOMPATIBLE),
                scored("different stated settlements without coordinates",
                        at().in(IZHEVSK).coordinates(null, null), other().in(VOTKINSK), PlaceMatching.INCOMPATIBLE),
                scored("stated Izhevsk and Votkinsk read from a plant's name",
                        at().in(IZHEVSK), other().votkinskPlant(), PlaceMatching.SAME_REGION),
                scored("differently named facilities",
                        at().inRegion(ROSTOV_OBLAST).namedFacility("Kamensky chemical plant", "kamensky"),
                        other().inRegion(ROSTOV_OBLAST).namedFacility("Sverdlov plant", "sverdlov"),
                        PlaceMatching.INCOMPATIBLE),
                scored("a facility description and a named facility",
                        at().inRegion(ROSTOV_OBLAST).facility("chemical plant"),
                        other().inRegion(ROSTOV_OBLAST).namedFacility("Sverdlov plant", "sverdlov"),
                        PlaceMatching.SAME_REGION),
                scored("region only and a settlement",
                        at().inRegion(UDMURTIA), other().in(IZHEVSK), PlaceMatching.SAME_REGION),
                scored("region only twice",
                        at().inRegion(UDMURTIA), other().inRegion(UDMURTIA), PlaceMatching.SAME_REGION));
    }

    private static Arguments scored(String name, Mentions.Builder a, Mentions.Builder b, int expected) {
        return Arguments.of(Named.of(name, a.build()), b.build(), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldScoreThePairSymmetrically(IncidentMention a, IncidentMention b, int expected) {
        assertThat(PlaceMatching.score(a, b)).isEqualTo(expected);
        assertThat(PlaceMatching.score(b, a)).isEqualTo(expected);
    }

    @Test
    void shouldCallASettlementOrANamedPlantSpecificButNotARegionOrADescription() {
        assertThat(PlaceMatching.specific(at().in(IZHEVSK).build())).isTrue();
        // A town read from a plant's name places the company, not the site: it joins an incident, never founds one.
        assertThat(PlaceMatching.specific(at().votkinskPlant().settlement(null, null, false).build())).isFalse();
        assertThat(PlaceMatching.specific(at().inRegion(ROSTOV_OBLAST)
                .namedFacility("Kamensky chemical plant", "kamensky").build())).isTrue();
        assertThat(PlaceMatching.specific(at().inRegion(ROSTOV_OBLAST).facility("chemical plant").build())).isFalse();
        assertThat(PlaceMatching.specific(at().inRegion(ROSTOV_OBLAST).namedFacility("the Plant", null).build()))
                .isFalse();
        assertThat(PlaceMatching.specific(at().inRegion(UDMURTIA).build())).isFalse();
    }
}
