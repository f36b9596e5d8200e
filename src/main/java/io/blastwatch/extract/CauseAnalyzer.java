package io.blastwatch.extract;

import java.util.List;

import io.blastwatch.model.CauseStance;
import io.blastwatch.model.IncidentKind;

/**
 * Reads cause statements. An incident stays unexplained unless the text reports it as an attack that someone claims
 * or confirms: official explanations ("planned tests"), speculation ("might have been a drone") and denials ("it is
 * unlikely that drones were involved") leave it unexplained, though their words are kept.
 */
final class CauseAnalyzer {

    private static final int MAX_CAUSE_WORDS = 14;
    /** Words of the clause kept before and after an explanation word such as "tests" or "sabotage". */
    private static final int EXPLANATION_BEFORE = 8;
    private static final int EXPLANATION_AFTER = 10;
    private static final int NEGATION_REACH = 10;

    private CauseAnalyzer() {
    }

    static CauseFinding analyze(String text, List<Token> tokens) {
        IncidentKind attackKind = null;
        IncidentKind allegedKind = null;
        int attackToken = -1;
        int doubted = -1;
        for (int i = 0; i < tokens.size(); i++) {
            IncidentKind kind = attackAt(tokens, i);
            if (kind != null && !negatedOrHedged(tokens, i)) {
                attackKind = kind;
                attackToken = i;
                break;
            }
            if (kind != null && doubted < 0) {
                doubted = i;
                if (allegedOnly(tokens, i)) {
                    allegedKind = kind;
                }
            }
        }
        boolean attack = attackKind != null;
        String words = causeWords(text, tokens);
        if (words == null && attack) {
            words = clauseAround(text, tokens, attackToken);
        } else if (words == null && doubted >= 0) {
            words = clauseAround(text, tokens, doubted); // a denied or suspected attack is a statement too
        }
        if (words == null && !attack) {
            return CauseFinding.NONE;
        }
        return new CauseFinding(words, attack, attack ? attackKind : allegedKind, attackToken,
                stance(tokens, attack, doubted), Attribution.speaker(tokens));
    }

    /** Adverbs that report an attack as someone's claim: the attack is news, though no one here confirms it. */
    private static final java.util.Set<String> ALLEGATIONS = Words.of("allegedly", "reportedly",
            "presumably", "apparently", "purportedly");

    /**
     * "Drones allegedly attacked the city of Cheboksary": the attack is reported as a claim, which still tells what
     * happened. Doubt of any other kind ("might have", "whether", "denied", "no drones") tells nothing.
     */
    private static boolean allegedOnly(List<Token> t, int i) {
        boolean alleged = false;
        for (int k = Math.max(0, i - NEGATION_REACH); k < Math.min(t.size(), i + 6); k++) {
            if (ALLEGATIONS.contains(t.get(k).norm())) {
                alleged = true;
            } else if (doubting(t, k)) {
                return false;
            }
        }
        return alleged;
    }

    /**
     * How the sentence puts its statement. An attack that a negation doubts is denied, one that a hedge doubts is
     * suspected; an attack said outright is claimed or confirmed when the sentence says so. An explanation is
     * suspected when hedged ("might have been caused by"), else stated.
     */
    private static CauseStance stance(List<Token> t, boolean attack, int doubted) {
        if (!attack && doubted >= 0) {
            for (int k = Math.max(0, doubted - NEGATION_REACH); k < Math.min(t.size(), doubted + 6); k++) {
                if (t.get(k).has(Lexicon.NEGATION) || t.get(k).norm().endsWith("n't")) {
                    return CauseStance.DENIED;
                }
            }
            return CauseStance.SUSPECTED;
        }
        if (java.util.stream.IntStream.range(0, t.size()).anyMatch(k -> hedge(t, k)) && !attack) {
            return CauseStance.SUSPECTED;
        }
        return Attribution.claimed(t) ? CauseStance.CLAIMED : Attribution.confirmed(t) ? CauseStance.CONFIRMED
                : CauseStance.STATED;
    }

    /** An attack named at token i: "drone attack", "struck by missiles", "shelling", "sabotage". */
    private static IncidentKind attackAt(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.is("artillery") && i + 1 < t.size() && (t.get(i + 1).is("fire") || t.get(i + 1).is("strike"))) {
            return IncidentKind.SHELLING;
        }
        if (!tok.has(Lexicon.SHELLING | Lexicon.AIRSTRIKE | Lexicon.SABOTAGE | Lexicon.DRONE | Lexicon.MISSILE)) {
            return null;
        }
        if (tok.has(Lexicon.SHELLING) && !tok.is("shells")) {
            return IncidentKind.SHELLING;
        }
        if (tok.has(Lexicon.AIRSTRIKE)) {
            return IncidentKind.MISSILE_STRIKE;
        }
        if (tok.has(Lexicon.SABOTAGE)) {
            return IncidentKind.OTHER;
        }
        boolean drone = tok.has(Lexicon.DRONE);
        if (!drone && !tok.has(Lexicon.MISSILE)) {
            return null;
        }
        if (madeNotFired(t, i)) {
            return null;
        }
        return linked(t, i) ? (drone ? IncidentKind.DRONE_STRIKE : IncidentKind.MISSILE_STRIKE) : null;
    }

    /**
     * "the Votkinsk missile plant", "a plant that produces missiles", "drone maker": the weapon is what the site
     * makes, not what hit it.
     */
    private static boolean madeNotFired(List<Token> t, int i) {
        if (i + 1 < t.size()
                && t.get(i + 1).has(Lexicon.FACILITY_HEAD | Lexicon.PRODUCTION | Lexicon.WEAPON_AS_PRODUCT)
                && !(i + 2 < t.size() && MILITARY_UNITS.contains(t.get(i + 2).norm()))) {
            return true;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            // "four strikes were made by missiles": a verb of making before "by" names who did it, not a product.
            boolean agent = k + 1 < i && t.get(k + 1).is("by");
            if (t.get(k).has(Lexicon.PRODUCTION) && !agent && !t.get(k).is("plant")
                    && !t.get(k).is("factory") && !t.get(k).is("works")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ukraine's Unmanned Systems Forces struck the plant": a force named after its weapons uses them; "missile
     * systems" alone are a product.
     */
    private static final java.util.Set<String> MILITARY_UNITS = Words.of("forces", "force", "troops",
            "units", "unit", "brigade", "brigades", "regiment", "battalion", "command");

    /**
     * A drone or missile word only names an attack with a verb or noun of attacking near it, in its own clause:
     * "drones operated by Ukraine's military intelligence attacked a gunpowder plant", "the attack was carried out
     * using kamikaze drones". A comma or a semicolon ends the reach.
     */
    private static boolean linked(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - LINK_REACH_BEFORE); k--) {
            if (clauseEnd(t.get(k)) || t.get(k).is("but")) {
                break;
            }
            if (t.get(k).has(Lexicon.ATTACK_LINK)) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(t.size(), i + LINK_REACH_AFTER + 1); k++) {
            if (clauseEnd(t.get(k)) || t.get(k).is("but")) {
                break;
            }
            if (t.get(k).has(Lexicon.ATTACK_LINK) || reachedTarget(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ten drones reached the semiconductor plant", "UAVs reached the target": reaching a plant or a target is a hit;
     * "drones reached the outskirts of Moscow" is only a flight.
     */
    private static boolean reachedTarget(List<Token> t, int k) {
        if (!t.get(k).is("reached")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 1 + REACHED_OBJECT_WORDS); j++) {
            if (t.get(j).has(Lexicon.FACILITY_HEAD) || t.get(j).is("target") || t.get(j).is("targets")) {
                return true;
            }
            if (clauseEnd(t.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** How many words may stand between "reached" and the plant: "reached the Bolkhov Semiconductor Devices Plant". */
    private static final int REACHED_OBJECT_WORDS = 6;

    private static final int LINK_REACH_BEFORE = 6;
    /** "A drone operation in the early hours of 1 May struck the refinery": a time phrase may stand between. */
    private static final int LINK_REACH_AFTER = 10;

    /** A negation or hedge in the same clause before the attack words, or right after them. */
    private static boolean negatedOrHedged(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
            Token tok = t.get(k);
            if (tok.is(";") || tok.is("but") || tok.is("however")) {
                break;
            }
            if (doubting(t, k)) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
            Token tok = t.get(k);
            if (tok.is(",") || tok.is(";") || tok.is(".")) {
                break;
            }
            if (doubting(t, k)) {
                return true;
            }
        }
        return deniedPredicate(t, i);
    }

    /**
     * "A drone attack on the plant in Sergiyev Posad has not been confirmed", "the drone version was ruled out": the
     * attack is the subject of a verb that doubts it, however long the phrase between. The clause ends at a comma or
     * at a word that starts another clause ("Drones hit the plant, which was not damaged"; "... where no one was
     * hurt").
     */
    private static boolean deniedPredicate(List<Token> t, int i) {
        for (int k = i + 1; k < Math.min(t.size(), i + SUBJECT_REACH); k++) {
            Token tok = t.get(k);
            if (clauseEnd(tok) || CLAUSE_STARTS.contains(tok.norm())) {
                return false;
            }
            if (AUXILIARIES.contains(tok.norm())) {
                // "has not", "was ruled out", "has been denied"; not "has caused no damage", which tells the attack.
                int j = k + 1 < t.size() && (t.get(k + 1).is("been") || t.get(k + 1).is("yet")) ? k + 2 : k + 1;
                return j < t.size() && doubting(t, j);
            }
        }
        return false;
    }

    /** How far after the attack words the verb of its clause may come: "A drone attack on the plant in X has ...". */
    private static final int SUBJECT_REACH = 14;
    private static final java.util.Set<String> AUXILIARIES = Words.of("has", "have", "had", "was", "were",
            "is", "are");
    private static final java.util.Set<String> CLAUSE_STARTS = Words.of("and", "but", "which", "that", "who",
            "where", "when", "while", "as", "after", "before");

    private static boolean doubting(List<Token> t, int k) {
        Token tok = t.get(k);
        return tok.has(Lexicon.NEGATION) || hedge(t, k) || tok.norm().endsWith("n't");
    }

    /** A hedge word, but not the month: "On May 22, drones struck the plant" says nothing uncertain. */
    private static boolean hedge(List<Token> t, int k) {
        return t.get(k).has(Lexicon.HEDGE) && !monthMay(t, k);
    }

    private static final java.util.Set<String> BEFORE_A_MONTH = Words.of("in", "of", "on", "early", "late",
            "mid", "since", "until", "till", "by", "last", "this", "next", "from", "through");

    private static boolean monthMay(List<Token> t, int k) {
        Token tok = t.get(k);
        if (!tok.is("may")) {
            return false;
        }
        boolean numberNext = k + 1 < t.size() && Character.isDigit(t.get(k + 1).text().charAt(0));
        boolean numberBefore = k > 0 && Character.isDigit(t.get(k - 1).text().charAt(0));
        return tok.capitalized() && k > 0 || numberNext || numberBefore
                || k > 0 && BEFORE_A_MONTH.contains(t.get(k - 1).norm());
    }

    /** The words after "caused by", "due to", "explained ... as", or around an explanation such as "planned tests". */
    private static String causeWords(String text, List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).has(Lexicon.CAUSE_OPENER)) {
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < t.size() && to - from < MAX_CAUSE_WORDS && !clauseEnd(t.get(to))) {
                to++;
            }
            if (to - from >= 2 && mentionsCause(t, from, to)) {
                return text.substring(t.get(from).start(), t.get(to - 1).end());
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).has(Lexicon.EXPLANATION)) {
                continue;
            }
            boolean siteName = i + 1 < t.size() && (t.get(i + 1).has(Lexicon.FACILITY_HEAD)
                    || t.get(i + 1).is("ground") || t.get(i + 1).is("range"));
            if (!siteName) {
                // The statement of the explanation, from the word that introduces it to where it ends ("was | a
                // failed test or an outright act of sabotage | , a local paper wrote"): a phrase a reader can
                // take in, never a window of words cut mid-phrase.
                int from = i;
                int back = i;
                while (back > 0 && i - back < EXPLANATION_BEFORE && !clauseEnd(t.get(back - 1))) {
                    back--;
                    if (Vocabulary.CAUSE_STATEMENT_OPENERS.contains(t.get(back).norm())) {
                        from = back + 1;
                        break;
                    }
                    from = back;
                }
                while (from < i && !t.get(from).word()) {
                    from++;
                }
                int to = i + 1;
                while (to < t.size() && to - i < EXPLANATION_AFTER && !clauseEnd(t.get(to))
                        && !Vocabulary.CAUSE_STATEMENT_ENDERS.contains(t.get(to).norm())) {
                    to++;
                }
                return text.substring(t.get(from).start(), t.get(to - 1).end());
            }
        }
        return null;
    }

    /** The words of the clause around a token, at most a few either side: "drones had attacked the Kotovsk plant". */
    private static String clauseAround(String text, List<Token> t, int at) {
        int from = at;
        while (from > 0 && at - from < 4 && !clauseEnd(t.get(from - 1))) {
            from--;
        }
        int to = at + 1;
        while (to < t.size() && to - at < 6 && !clauseEnd(t.get(to))) {
            to++;
        }
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }

    private static boolean mentionsCause(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (tok.has(Lexicon.EXPLANATION | Lexicon.DRONE | Lexicon.MISSILE | Lexicon.SABOTAGE) || tok.is("gas")
                    || tok.is("attack") || tok.is("fire") || tok.is("human") || tok.is("engines")) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseEnd(Token tok) {
        return tok.is(".") || tok.is(";") || tok.is(",") || tok.is("!") || tok.is("?");
    }
}
