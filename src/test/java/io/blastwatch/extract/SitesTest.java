package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.blastwatch.testing.PipelineDriver;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base of sites holds together: the rules of {@code scripts/check-sites.py}, checked on the data the
 * application loads.
 */
class SitesTest {

    private static final Gazetteer GAZETTEER = PipelineDriver.gazetteer();
    private static final Sites SITES = Sites.load(GAZETTEER);
    private static final Set<String> CATEGORIES = Set.of("ammunition", "explosives", "propellant", "missile",
            "aircraft", "helicopter", "engine", "armour", "artillery", "small-arms", "shipyard", "electronics", "optics",
            "chemical", "test-range", "arsenal", "depot", "airbase", "research", "drone", "vehicles");

    @Test
    void shouldHoldAtLeast250SitesEachWithASourceAndAUniqueId() {
        List<Sites.Site> all = SITES.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(250);
        assertThat(all.stream().filter(s -> s.country().equals("RU")).count()).isGreaterThanOrEqualTo(200);
        assertThat(all).extracting(Sites.Site::country).contains("UA", "BY");
        assertThat(all.stream().map(Sites.Site::id).distinct().count()).isEqualTo(all.size());
        assertThat(all).allSatisfy(s -> {
            assertThat(s.sources()).as(s.id()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("http"));
            assertThat(s.category()).as(s.id()).isIn(CATEGORIES);
            boolean storage = Set.of("arsenal", "depot", "airbase").contains(s.category());
            assertThat(s.militaryIndustrial()).as("%s: storage is military, not industry", s.id()).isEqualTo(!storage);
        });
    }

    @Test
    void shouldPlaceEverySiteWithin30KmOfItsSettlementInItsRegion() {
        for (Sites.Site s : SITES.all()) {
            Settlement place = s.place();
            assertThat(place.regionCode()).as(s.id()).isEqualTo(s.placeRegion().code());
            if (!place.feature().equals("SITE")) {
                assertThat(place.distanceKm(s.lat(), s.lon())).as("%s from %s", s.id(), place.name())
                        .isLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void shouldNotLetOneNameCallTwoSitesOfOneRegion() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Sites.Site s : SITES.all()) {
            Set<String> names = new HashSet<>(s.aliases());
            names.addAll(s.formerNames());
            names.add(s.name());
            for (String name : names) {
                String[] words = PhraseIndex.words(name);
                for (int k = 0; k < words.length; k++) {
                    words[k] = Sites.spellingKey(words[k]);
                }
                owners.computeIfAbsent(s.placeRegion().code() + "|" + String.join(" ", words),
                        k -> new HashSet<>()).add(s.id());
            }
        }
        assertThat(owners.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).hasSize(1));
    }

    @Test
    void shouldFindSitesByEveryNameTheyGo() {
        String text = "Blasts hit the Elastic plant, the Plastmas factory and the Y.M. Sverdlov plant.";
        List<Sites.SiteMatch> found = SITES.find(text, Tokenizer.tokenize(text));
        assertThat(found).extracting(m -> m.candidates().get(0).id())
                .containsExactly("ru-elastik-lesnoy", "ru-plastmass-kopeysk", "ru-sverdlov-plant");
        String none = "Blasts hit the plant, the factory and an oil depot in Tambov.";
        assertThat(SITES.find(none, Tokenizer.tokenize(none))).isEmpty();
    }

    @Test
    void shouldFindASiteSpelledAnotherWayNamedWithAnotherHeadOrQuoted() {
        String text = "Fires hit the Kamenski factory, the \"Kremniy\" plant and the Kamensky Chemical Works.";
        List<Sites.SiteMatch> found = SITES.find(text, Tokenizer.tokenize(text));
        assertThat(found).extracting(m -> m.candidates().get(0).id())
                .containsExactly("ru-kamensky-combine", "ru-kremniy-el-bryansk", "ru-kamensky-combine");
        String none = "Fires hit the \"Kremniy\", a plant nearby, and the Kamenski district.";
        assertThat(SITES.find(none, Tokenizer.tokenize(none))).isEmpty();
    }

    @Test
    void shouldFindASiteByTheFirstWordOfItsNameWithAnyHeadUnlessThatWordNamesAPlace() {
        String text = "Blasts hit the Kuznetsov factory and the Kuznetsov works.";
        assertThat(SITES.find(text, Tokenizer.tokenize(text))).extracting(m -> m.candidates().get(0).id())
                .containsExactly("ru-uec-kuznetsov", "ru-uec-kuznetsov");
        // "Kazan Gunpowder Plant": "the Kazan plant" could be any plant of Kazan; "Machine" begins many names.
        String none = "Blasts hit the Kazan plant, the Machine factory and the State works.";
        assertThat(SITES.find(none, Tokenizer.tokenize(none))).isEmpty();
    }

    @Test
    void shouldCompareTransliteratedAdjectiveEndingsAsOne() {
        assertThat(Sites.spellingKey("kamenski")).isEqualTo("kamensky");
        assertThat(Sites.spellingKey("kamenskiy")).isEqualTo("kamensky");
        assertThat(Sites.spellingKey("kamenskii")).isEqualTo("kamensky");
        assertThat(Sites.spellingKey("kamensky")).isEqualTo("kamensky");
        assertThat(Sites.spellingKey("ski")).isEqualTo("ski");
        assertThat(Sites.spellingKey("kremniy")).isEqualTo("kremniy");
    }
}
