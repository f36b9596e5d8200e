package io.blastwatch.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.blastwatch.extract.PlaceMatch.NamedSettlement;

/**
 * Chooses which settlement a name means, by context and size: "Rostov" next to "Rostov region" is in Rostov Oblast,
 * "Kotovsk" in an article about Russia is the Russian town, not the Ukrainian one that once bore the name.
 */
final class PlaceResolver {

    /** Words that announce a place, so a small or common-looking name after them is still taken as one. */
    private static final Set<String> PLACE_CUES = Words.of("in", "near", "at", "outside", "of", "from", "to", "around",
            "village", "town", "city", "settlement", "outskirts", "towards", "toward", "hit", "struck", "shelled",
            "attacked", "over");
    /** Without a cue, a one-word name of a place smaller than this is too often an ordinary word or a person. */
    private static final long UNCUED_MIN_POPULATION = 15_000;
    /** Words before or after a place name that make it part of a feature's name: "Sea of Azov", "Ural Mountains". */
    private static final Set<String> FEATURES_BEFORE = Words.of("sea", "gulf", "strait", "bay", "lake", "river");
    private static final Set<String> FEATURES_AFTER = Words.of("mountains", "mountain", "sea", "river", "lake", "pipeline",
            "bay", "range", "basin", "strait", "canal", "reservoir", "uplands", "steppe", "valley", "delta", "street",
            "avenue", "square", "prospekt", "shosse", "highway", "boulevard", "lane", "embankment");
    private static final Set<String> NAME_WORDS_AFTER = Words.of("region", "oblast", "district", "province", "krai",
            "republic", "city", "town", "village", "area", "municipality", "raion");

    private final Set<String> articleRegions;
    private final Map<String, Integer> countryWeights;

    /**
     * @param articleRegions regions the article names outright
     * @param countryWeights how often the article names each country
     */
    PlaceResolver(Set<String> articleRegions, Map<String, Integer> countryWeights) {
        this.articleRegions = articleRegions;
        this.countryWeights = countryWeights;
    }

    /** Whether the article names this region outright. */
    boolean articleNames(String regionCode) {
        return articleRegions.contains(regionCode);
    }

    /** The settlement a name means here, or null when the name is better read as an ordinary word. */
    Settlement resolve(PlaceMatch match, List<Token> tokens, Set<String> sentenceRegions, boolean insideFacility) {
        List<NamedSettlement> candidates = match.settlements();
        boolean multiWord = match.endToken() - match.firstToken() > 1 || match.text().contains("-");
        boolean cued = insideFacility || cued(tokens, match.firstToken()) || regionWordAfter(tokens, match.endToken());
        NamedSettlement best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (NamedSettlement candidate : candidates) {
            double score = score(candidate, sentenceRegions);
            if (score > bestScore || score == bestScore && candidate.settlement().id().compareTo(best.settlement().id()) < 0) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        Settlement s = best.settlement();
        if (partOfFeature(tokens, match)) {
            return null;
        }
        boolean known = articleRegions.contains(s.regionCode()) || sentenceRegions.contains(s.regionCode());
        if (!multiWord && !cued && !known && (s.population() < UNCUED_MIN_POPULATION || !best.primary())) {
            return null; // a small place, or an old or foreign name of a place, needs "in", "near"... before it
        }
        if (!multiWord && !insideFacility && (cued ? givenName(tokens, match) : personName(tokens, match))) {
            return null;
        }
        if (contradictsTheArticle(s)) {
            return null;
        }
        if (districtOfACity(tokens, match)) {
            // "the Kirovsky district", "the Leninsky district of Omsk": a city's district named as districts of
            // many cities are (Kirovsky, Leninsky, Sovetsky), not the settlement of that name far away.
            return null;
        }
        if (regionWordAfter(tokens, match.endToken()) && !sentenceRegions.isEmpty()
                && !sentenceRegions.contains(s.regionCode())) {
            // "the Leninsky district of the Omsk region": a district named like a settlement of another region is
            // that region's district, not the settlement.
            return null;
        }
        if (s.population() < STATED_REGION_WINS_BELOW && !sentenceRegions.isEmpty()
                && !sentenceRegions.contains(s.regionCode())
                && regionStatedAfter(tokens, match.endToken())) {
            // "near Barsovo village in Russia's Vladimir Oblast": the gazetteer knows a Barsovo only elsewhere. The
            // region the sentence puts the place in wins over a small namesake in another region: the incident is
            // in that region, at a place the gazetteer lacks.
            return null;
        }
        return s;
    }

    /** A settlement smaller than this loses to the region the sentence states for it. */
    private static final long STATED_REGION_WINS_BELOW = 50_000;
    private static final Set<String> SETTLEMENT_WORDS = Words.of("village", "town", "settlement", "city", "hamlet");
    private static final Set<String> COUNTRY_WORDS = Words.of("russia", "russian", "ukraine", "ukrainian", "belarus",
            "belarusian", "the", "'s");
    private static final Set<String> REGION_WORDS = Words.of("region", "oblast", "krai", "province", "okrug",
            "republic", "territory");
    /** How many words a region's name has before its region word: "Khanty-Mansi Autonomous Okrug". */
    private static final int REGION_NAME_WORDS = 3;

    /**
     * "X village in Russia's Vladimir Oblast", "X, Vladimir region": right after the name, perhaps after a word for
     * a settlement, "in" or a comma, perhaps a country, then a capitalised name and a region word.
     */
    private static boolean regionStatedAfter(List<Token> tokens, int end) {
        int k = end;
        if (k < tokens.size() && SETTLEMENT_WORDS.contains(tokens.get(k).norm())) {
            k++;
        }
        if (k >= tokens.size() || !(tokens.get(k).is("in") || tokens.get(k).is(","))) {
            return false;
        }
        k++;
        while (k < tokens.size() && COUNTRY_WORDS.contains(tokens.get(k).norm())) {
            k++;
        }
        int names = 0;
        while (k < tokens.size() && tokens.get(k).word() && tokens.get(k).capitalized()
                && !REGION_WORDS.contains(tokens.get(k).norm()) && names < REGION_NAME_WORDS) {
            k++;
            names++;
        }
        return names > 0 && k < tokens.size() && REGION_WORDS.contains(tokens.get(k).norm());
    }

    /** Below this a place in a country the article never names is more likely a name collision than the place. */
    private static final long FOREIGN_MIN_POPULATION = 100_000;

    /**
     * "The Avangard plant" in an article about Bashkortostan is not the Ukrainian village of Avanhard: a small place
     * in another country than every region the article names loses to those regions. Country words alone do not
     * decide: articles about Russian plants name Ukraine as often as Russia.
     */
    private boolean contradictsTheArticle(Settlement s) {
        return !articleRegions.isEmpty() && s.population() < FOREIGN_MIN_POPULATION
                && articleRegions.stream().noneMatch(code -> code.startsWith(s.country() + "."));
    }

    private double score(NamedSettlement candidate, Set<String> sentenceRegions) {
        Settlement s = candidate.settlement();
        double score = Math.log10(s.population() + 10.0);
        if (candidate.primary()) {
            score += 1.5; // a town's own name outweighs another's former name unless that town is 30 times larger
        }
        if (sentenceRegions.contains(s.regionCode())) {
            score += 5;
        } else if (articleRegions.contains(s.regionCode())) {
            score += 3;
        }
        // Articles about Russian plants name Ukraine as often as Russia: the country only breaks near ties.
        score += Math.min(2, countryWeights.getOrDefault(s.country(), 0)) * 0.25;
        if (s.feature().equals("PPLC") || s.feature().equals("PPLA")) {
            score += 0.5;
        }
        if (s.feature().equals("PPLH") || s.feature().equals("PPLQ")) {
            score -= 3; // historical or abandoned
        }
        return score;
    }

    /** "Sea of Azov", "the Ural Mountains", "the Druzhba pipeline": a feature named after a place is not the place. */
    /** "2", "14a": digits, perhaps one letter after them ({@code \d+[a-z]?} written out: asked of many names). */
    static boolean isHouseNumber(String w) {
        int digits = 0;
        while (digits < w.length() && Chars.isAsciiDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        return digits == w.length() || digits == w.length() - 1 && w.charAt(digits) >= 'a' && w.charAt(digits) <= 'z';
    }

    private static boolean partOfFeature(List<Token> tokens, PlaceMatch match) {
        int before = match.firstToken() - 1;
        if (before >= 1 && tokens.get(before).is("of") && FEATURES_BEFORE.contains(tokens.get(before - 1).norm())) {
            return true;
        }
        if (before >= 0 && FEATURES_BEFORE.contains(tokens.get(before).norm()) && tokens.get(before).capitalized()) {
            return true;
        }
        int after = match.endToken();
        // "at Ordzhonikidze 2 street": an address's house number may stand between the name and the street word.
        if (after + 1 < tokens.size() && isHouseNumber(tokens.get(after).norm())) {
            after++;
        }
        return after < tokens.size() && FEATURES_AFTER.contains(tokens.get(after).norm());
    }

    /**
     * "Vladimir Putin", "Olga Ivanova", "Radio Svoboda": a one-word name right next to another capitalised word that
     * is not a place word is most likely part of a person's or an organisation's name.
     */
    private static boolean personName(List<Token> tokens, PlaceMatch match) {
        int after = match.endToken();
        if (after < tokens.size() && tokens.get(after).capitalized()
                && !NAME_WORDS_AFTER.contains(tokens.get(after).norm())) {
            return true;
        }
        int before = match.firstToken() - 1;
        return before > 0 && tokens.get(before).capitalized() && tokens.get(before).word();
    }

    /** "a blow to Vladimir Putin": even after a cue, a name followed by a capitalised word is a person's. */
    private static boolean givenName(List<Token> tokens, PlaceMatch match) {
        int after = match.endToken();
        return after < tokens.size() && tokens.get(after).capitalized() && tokens.get(after).word()
                && !NAME_WORDS_AFTER.contains(tokens.get(after).norm());
    }

    private static boolean cued(List<Token> tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (PLACE_CUES.contains(tokens.get(k).norm())) {
                return true;
            }
            if (!tokens.get(k).is("the")) {
                return false;
            }
        }
        return false;
    }

    /** Adjective endings of district names: Kirovsky, Leninskiy, Zavodskoy, Sovetskii. */
    private static final java.util.regex.Pattern ADJECTIVE_NAME = java.util.regex.Pattern.compile(
            ".*(sky|skiy|skii|skoy|skoi|skyi|ckiy|tsky|zky)$");

    /** A one-word adjectival name before "district" or "raion". */
    private static boolean districtOfACity(List<Token> tokens, PlaceMatch match) {
        int end = match.endToken();
        if (end >= tokens.size() || match.endToken() - match.firstToken() != 1) {
            return false;
        }
        String after = tokens.get(end).norm();
        return (after.equals("district") || after.equals("raion") || after.equals("districts"))
                && ADJECTIVE_NAME.matcher(tokens.get(match.firstToken()).norm()).matches();
    }

    private static boolean regionWordAfter(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        String w = tokens.get(end).norm();
        return w.equals("region") || w.equals("oblast") || w.equals("district") || w.equals("province")
                || w.equals("krai");
    }
}
