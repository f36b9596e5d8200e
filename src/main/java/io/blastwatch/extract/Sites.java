package io.blastwatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.blastwatch.serde.Json;

/**
 * The knowledge base of military-industrial sites (plants, shipyards, test ranges, arsenals and depots) compiled from
 * public facts, with the names outlets call them by. A facility phrase that names a site links to it, and the site
 * fixes the place (its settlement, region and coordinates) and whether it is military-industrial. The data is
 * {@code sites/sites.json}; {@code scripts/check-sites.py} and {@code SitesTest} check it.
 */
public final class Sites {

    private static final String RESOURCE = "sites/sites.json";

    /** One site as the data file describes it, and the settlement of the gazetteer it stands in. */
    public record Site(String id, String name, List<String> aliases, List<String> formerNames, String operator,
                       String settlement, String region, String country, double lat, double lon, String category,
                       String products, boolean militaryIndustrial, List<String> sources, Settlement place,
                       Region placeRegion) {

        /** A key that makes two reports of this site the same facility. */
        public String key() {
            return "site:" + id;
        }
    }

    /** A name of one or more sites in a sentence: "the Elastik plant", "Plastmas", "the Y.M. Sverdlov plant". */
    record SiteMatch(int firstToken, int endToken, int start, int end, String text, List<Site> candidates) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String name, List<String> aliases, List<String> formerNames, String operator,
                 String settlement, String region, String country, double lat, double lon, String category,
                 String products, boolean militaryIndustrial, List<String> sources) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<Entry> sites) {
    }

    private static final LanguageResource PLACE_WORDS = LanguageResource.load("en", "places.txt");
    /** Word endings of transliterated names, longest first, and the spelling they are compared in. */
    private static final List<Map.Entry<String, String>> SPELLING_ENDINGS = PLACE_WORDS.values("spelling-endings")
            .entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();
    /**
     * The last letters of those endings: every word of every sentence is keyed, and most words end otherwise, so they
     * are not compared with each ending.
     */
    private static final String SPELLING_LAST_LETTERS = SPELLING_ENDINGS.stream()
            .map(e -> e.getKey().substring(e.getKey().length() - 1)).distinct().collect(Collectors.joining());
    private static final Set<String> WORKS_HEADS = PLACE_WORDS.words("works-heads");
    /** First words of site names that name no site on their own: "the State plant", "the Research factory". */
    private static final Set<String> GENERIC_NAME_WORDS = PLACE_WORDS.words("generic-name-words");
    private static final int MIN_OWN_NAME_LETTERS = 4;
    private static final long OWN_NAME_TOWN_POPULATION = 10_000;
    /** Shorter words keep their ending: it may be most of the word. */
    private static final int SPELLING_MIN_LETTERS = 5;

    private final List<Site> all;
    private final PhraseIndex<List<Site>> names = new PhraseIndex<>(Sites::spellingKey);
    private final Map<String, List<Site>> namesJoined = new HashMap<>();
    private final Map<String, List<Site>> bySettlement = new HashMap<>();

    private Sites(List<Site> all) {
        this(all, name -> true);
    }

    /**
     * @param placeName whether a word names a settlement or a region: "the Kazan plant" could be any plant of Kazan,
     *                  while "the Kuznetsov factory" is the Kuznetsov engine plant
     */
    private Sites(List<Site> all, java.util.function.Predicate<String> placeName) {
        this.all = List.copyOf(all);
        Map<String, List<Site>> byName = new HashMap<>();
        Map<String, List<Site>> byOtherHead = new HashMap<>();
        for (Site s : all) {
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(s.name());
            spellings.addAll(s.aliases());
            spellings.addAll(s.formerNames());
            Set<String> otherHeads = new LinkedHashSet<>();
            for (String spelling : spellings) {
                String[] words = java.util.Arrays.stream(PhraseIndex.words(spelling)).map(Sites::spellingKey)
                        .toArray(String[]::new);
                if (words.length > 0) {
                    byName.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(s);
                }
                if (words.length > 1 && WORKS_HEADS.contains(words[words.length - 1])) {
                    String stem = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
                    WORKS_HEADS.forEach(head -> otherHeads.add(stem + " " + head));
                    // "Kuznetsov engine plant" is also "the Kuznetsov factory": a name of its own, with any head.
                    String first = spelling.strip().split("[\\s-]+")[0];
                    if (words.length > 2 && Character.isUpperCase(first.charAt(0))
                            && first.length() >= MIN_OWN_NAME_LETTERS
                            && !GENERIC_NAME_WORDS.contains(words[0]) && !placeName.test(first)) {
                        WORKS_HEADS.forEach(head -> otherHeads.add(words[0] + " " + head));
                    }
                }
            }
            otherHeads.forEach(name -> byOtherHead.computeIfAbsent(name, k -> new ArrayList<>()).add(s));
            bySettlement.computeIfAbsent(s.place().id(), k -> new ArrayList<>()).add(s);
        }
        // A name that a site bears as it is written outweighs one made from another site's name by a change of head.
        byOtherHead.forEach(byName::putIfAbsent);
        byName.forEach((words, sites) -> names.add(words.split(" "), List.copyOf(sites)));
        byName.forEach((words, sites) -> namesJoined.put(words, List.copyOf(sites)));
    }

    /** Reads the bundled knowledge base and places each site in the gazetteer. */
    public static Sites load(Gazetteer gazetteer) {
        try (InputStream in = Sites.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the site knowledge base " + RESOURCE + " is missing");
            }
            File file = Json.mapper().readValue(in, File.class);
            List<Site> sites = new ArrayList<>();
            for (Entry e : file.sites()) {
                sites.add(place(e, gazetteer));
            }
            // A village that shares a plant's name ("Kuznetsovo") does not make "the Kuznetsov plant" any town's.
            return new Sites(sites, name -> gazetteer.regionNamed(name).isPresent() || gazetteer.named(name).stream()
                    .anyMatch(n -> n.settlement().population() >= OWN_NAME_TOWN_POPULATION));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site knowledge base " + RESOURCE, e);
        }
    }

    /** An empty knowledge base: facilities are then known by their words only. */
    public static Sites none() {
        return new Sites(List.of());
    }

    /**
     * The gazetteer's settlement of the site's town, in the site's region and nearest to it; a village the gazetteer
     * lacks is made from the site's own facts, so that the site still has a place.
     */
    private static Site place(Entry e, Gazetteer gazetteer) {
        Region region = gazetteer.regionNamed(e.region()).orElseThrow(
                () -> new IllegalStateException("site " + e.id() + ": unknown region " + e.region()));
        Settlement best = null;
        for (PlaceMatch.NamedSettlement named : gazetteer.named(e.settlement())) {
            Settlement s = named.settlement();
            if (s.regionCode().equals(region.code())
                    && (best == null || s.distanceKm(e.lat(), e.lon()) < best.distanceKm(e.lat(), e.lon()))) {
                best = s;
            }
        }
        if (best == null) {
            best = new Settlement("site:" + e.id(), e.settlement(), region.country(), region.code(), e.lat(), e.lon(),
                    0, "SITE");
        }
        return new Site(e.id(), e.name(), orEmpty(e.aliases()), orEmpty(e.formerNames()), e.operator(),
                e.settlement(), e.region(), e.country(), e.lat(), e.lon(), e.category(), e.products(),
                e.militaryIndustrial(), orEmpty(e.sources()), best, region);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The spelling a word of a site's name is compared in: "kamenski", "kamenskiy" and "kamensky" are one. */
    static String spellingKey(String word) {
        if (word.length() < SPELLING_MIN_LETTERS || SPELLING_LAST_LETTERS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return word;
        }
        for (Map.Entry<String, String> ending : SPELLING_ENDINGS) {
            if (word.endsWith(ending.getKey())) {
                return word.substring(0, word.length() - ending.getKey().length()) + ending.getValue();
            }
        }
        return word;
    }

    public List<Site> all() {
        return all;
    }

    /** Every name of a site in the tokens, longest first where names overlap. */
    List<SiteMatch> find(String text, List<Token> tokens) {
        List<SiteMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<List<Site>> m = names.longestAt(tokens, i);
            if (m == null) {
                m = eponym(tokens, i);
            }
            if (m == null) {
                i++;
            } else {
                int start = tokens.get(i).start();
                int end = tokens.get(m.endToken() - 1).end();
                found.add(new SiteMatch(i, m.endToken(), start, end, text.substring(start, end), m.value()));
                i = m.endToken();
            }
        }
        return found;
    }

    /** How many words of a person's name may follow "named after": "Ya. M. Sverdlov", "Yakov Mikhailovich Sverdlov". */
    private static final int EPONYM_WORDS = 6;

    /**
     * "The defence factory named after Yakov Sverdlov", as Russian names plants ("imeni"): the site whose name is the
     * person's surname and the head word, "Sverdlov plant" or "Sverdlov factory".
     */
    private PhraseIndex.Match<List<Site>> eponym(List<Token> tokens, int i) {
        if (i + 3 >= tokens.size() || !tokens.get(i).has(Lexicon.FACILITY_HEAD) || !tokens.get(i + 1).is("named")
                || !tokens.get(i + 2).is("after")) {
            return null;
        }
        int surname = -1;
        for (int k = i + 3; k < Math.min(tokens.size(), i + 3 + EPONYM_WORDS); k++) {
            Token t = tokens.get(k);
            if (t.word() && t.capitalized()) {
                surname = k;
            } else if (!t.is(".")) {
                break;
            }
        }
        if (surname < 0) {
            return null;
        }
        String name = spellingKey(tokens.get(surname).norm());
        for (String head : List.of(tokens.get(i).norm(), "plant", "factory", "works")) {
            List<Site> sites = namesJoined.get(name + " " + head);
            if (sites != null) {
                return new PhraseIndex.Match<>(i, surname + 1, sites);
            }
        }
        return null;
    }

    /** The sites in a settlement of the gazetteer. */
    List<Site> in(Settlement settlement) {
        return bySettlement.getOrDefault(settlement.id(), List.of());
    }
}
