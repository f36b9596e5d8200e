package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.blastwatch.extract.FacilityMatch.Use;

/**
 * Finds facility phrases: a head word ("plant", "factory", "depot", "test site") with the modifiers before it and
 * a relative clause after it that says what the site makes ("a plant that produces ballistic missiles").
 */
final class FacilityFinder {

    /** Heads that are facilities only after one of these modifiers ("test site", not "the site of the war"). */
    private static final Set<String> QUALIFIED_HEADS = Words.of("ground", "range", "site", "sites", "base", "bases",
            "block", "building", "centre", "center", "station", "storage", "yard", "complex", "facility",
            "facilities", "works", "home", "house", "houses", "mine", "terminal", "dump");
    private static final Set<String> HEAD_QUALIFIERS = Words.of("test", "testing", "proving", "burial", "training",
            "firing", "missile", "rocket", "air", "military", "naval", "army", "storage", "launch", "industrial",
            "production", "apartment", "residential", "office", "shopping", "power", "railway", "train", "fuel",
            "oil", "ammunition", "munitions", "arms", "weapons", "chemical", "explosives", "defence", "defense",
            "private", "country", "nuclear", "gas", "coal", "ammo", "tank", "repair", "aircraft", "engine",
            "test-firing", "petrol", "filling", "blocks", "multi-storey", "high-rise", "five-storey", "nine-storey");
    private static final Set<String> STOP_BEFORE = Words.of("a", "an", "the", "at", "in", "on", "of", "near", "to",
            "from", "by", "with", "for", "and", "or", "its", "their", "his", "her", "this", "that", "these", "those",
            "into", "onto", "as", "is", "was", "were", "are", "been", "be");
    private static final Set<String> CLAUSE_OPENERS = Words.of("that", "which", "producing", "making", "manufacturing",
            "used", "where", "building", "assembling", "storing", "specialising", "specializing", "known", "who",
            "responsible", "supplying");
    private static final int MAX_MODIFIERS = 6;
    private static final int CLAUSE_WINDOW = 16;

    private FacilityFinder() {
    }

    /**
     * @param placeTokens for each token, whether it is part of a place name (such words do not tell facilities apart)
     */
    static List<FacilityMatch> find(String text, List<Token> tokens, boolean[] placeTokens) {
        List<FacilityMatch> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            if (!head.has(Lexicon.FACILITY_HEAD)) {
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).has(Lexicon.FACILITY_HEAD)) {
                continue; // "Machine Building Plant": the last head word is the head
            }
            int first = modifiersStart(tokens, i);
            if (QUALIFIED_HEADS.contains(head.norm()) && !qualified(tokens, first, i)) {
                continue;
            }
            if (first == i && !plausibleBareHead(tokens, i)) {
                continue;
            }
            found.add(facility(text, tokens, first, i, placeTokens));
        }
        return found;
    }

    /** Walks back over the words that describe the head: names, what the site makes, hyphens and "and". */
    private static int modifiersStart(List<Token> t, int head) {
        int first = head;
        int taken = 0;
        int j = head - 1;
        while (j >= 0 && taken < MAX_MODIFIERS) {
            Token tok = t.get(j);
            if (tok.word() && !STOP_BEFORE.contains(tok.norm()) && modifierWord(tok)) {
                first = j;
                taken++;
                j--;
            } else if ((tok.is("and") || tok.is("-")) && j > 0 && first == j + 1 && t.get(j - 1).word()
                    && modifierWord(t.get(j - 1)) && !STOP_BEFORE.contains(t.get(j - 1).norm())
                    && descriptive(t.get(j - 1))) {
                j--;
            } else {
                break;
            }
        }
        return first;
    }

    private static boolean modifierWord(Token tok) {
        return tok.capitalized() || descriptive(tok) || tok.norm().contains("-") && !tok.isNumber();
    }

    private static boolean descriptive(Token tok) {
        String w = tok.norm();
        return Vocabulary.GENERIC_FACILITY_WORDS.contains(w) || Vocabulary.MILITARY_WORDS.contains(w)
                || Vocabulary.CIVILIAN_WORDS.contains(w) || HEAD_QUALIFIERS.contains(w);
    }

    private static boolean qualified(List<Token> t, int first, int head) {
        for (int k = first; k < head; k++) {
            String w = t.get(k).norm();
            if (HEAD_QUALIFIERS.contains(w) || Vocabulary.PRODUCT_WORDS.contains(w) || t.get(k).capitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A bare "plant" or "factory" after "the"/"a" is a facility; "plant" as a verb is not. */
    private static boolean plausibleBareHead(List<Token> t, int head) {
        if (head == 0) {
            return false;
        }
        String before = t.get(head - 1).norm();
        boolean plural = t.get(head).norm().endsWith("s");
        return before.equals("the") || before.equals("a") || before.equals("an") || before.equals("this")
                || before.equals("that") || before.equals("its")
                || plural && (before.equals("at") || before.equals("in") || before.equals("of") || before.equals("near"));
    }

    private static FacilityMatch facility(String text, List<Token> t, int first, int head, boolean[] placeTokens) {
        Set<String> key = new LinkedHashSet<>();
        boolean named = false;
        boolean military = false;
        boolean civilian = Vocabulary.CIVILIAN_WORDS.contains(t.get(head).norm());
        for (int k = first; k <= head; k++) {
            Token tok = t.get(k);
            String w = tok.norm();
            if (!tok.word()) {
                continue;
            }
            military |= Vocabulary.MILITARY_WORDS.contains(w) || w.equals("arsenal") || w.equals("arsenals");
            civilian |= k < head && Vocabulary.CIVILIAN_WORDS.contains(w);
            boolean properName = tok.capitalized() && !Vocabulary.NATIONALITIES.contains(w)
                    && !Vocabulary.GENERIC_FACILITY_WORDS.contains(w) && !Vocabulary.FACILITY_HEADS.contains(w);
            named |= properName || k < head && tok.capitalized() && placeTokens[k];
            if (properName && !placeTokens[k] && !Vocabulary.MILITARY_WORDS.contains(w)) {
                key.add(w);
            }
        }
        int end = head + 1;
        for (int k = head + 1; k < Math.min(t.size(), head + CLAUSE_WINDOW); k++) {
            Token tok = t.get(k);
            if (tok.is(".") || tok.is(";") || tok.is("!") || tok.is("?")) {
                break;
            }
            if (k == head + 1 && !(CLAUSE_OPENERS.contains(tok.norm()) || tok.is(","))) {
                break;
            }
            if (k == head + 2 && t.get(head + 1).is(",") && !CLAUSE_OPENERS.contains(tok.norm())) {
                break;
            }
            military |= Vocabulary.MILITARY_WORDS.contains(tok.norm());
        }
        int start = t.get(first).start();
        String name = text.substring(start, t.get(head).end());
        Use use = civilian ? Use.CIVILIAN : military ? Use.MILITARY : Use.UNKNOWN;
        return new FacilityMatch(start, t.get(head).end(), first, end, name, Set.copyOf(key), named, use);
    }
}
