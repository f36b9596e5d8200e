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
    private static final Set<String> PLACE_CUES = Set.of("in", "near", "at", "outside", "of", "from", "to", "around",
            "village", "town", "city", "settlement", "outskirts", "towards", "toward", "hit", "struck", "shelled",
            "attacked", "over");
    /** Without a cue, a one-word name of a place smaller than this is too often an ordinary word or a person. */
    private static final long UNCUED_MIN_POPULATION = 15_000;

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
        boolean known = articleRegions.contains(s.regionCode()) || sentenceRegions.contains(s.regionCode());
        if (!multiWord && !cued && !known && s.population() < UNCUED_MIN_POPULATION) {
            return null;
        }
        return s;
    }

    private double score(NamedSettlement candidate, Set<String> sentenceRegions) {
        Settlement s = candidate.settlement();
        double score = Math.log10(s.population() + 10.0);
        if (candidate.primary()) {
            score += 1.5;
        }
        if (sentenceRegions.contains(s.regionCode())) {
            score += 5;
        } else if (articleRegions.contains(s.regionCode())) {
            score += 3;
        }
        score += Math.min(2, countryWeights.getOrDefault(s.country(), 0)) * 0.75;
        if (s.feature().equals("PPLC") || s.feature().equals("PPLA")) {
            score += 0.5;
        }
        if (s.feature().equals("PPLH") || s.feature().equals("PPLQ")) {
            score -= 3; // historical or abandoned
        }
        return score;
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

    private static boolean regionWordAfter(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        String w = tokens.get(end).norm();
        return w.equals("region") || w.equals("oblast") || w.equals("district") || w.equals("province")
                || w.equals("krai");
    }
}
