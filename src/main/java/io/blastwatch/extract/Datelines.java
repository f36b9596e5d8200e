package io.blastwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * The dateline that opens an agency story, "MOSCOW, Oct. 18 (Reuters) -", "KIEV, September 27. /TASS/.",
 * "NIZHNY NOVGOROD, November 27 – RIA Novosti.": it says where and when the story was filed, never where or when an
 * incident happened.
 */
final class Datelines {

    private static final int MAX_PLACE_WORDS = 5;
    private static final Set<String> AFTER_DATE = Words.of("(", "/", "-", ".", "—", "–", ":");

    private Datelines() {
    }

    /** How far into an agency's bracket its date may stand: "(Example News / Agency - 09th October, 2020)". */
    private static final int BRACKET_REACH = 10;

    /** A date inside the bracket that follows a capitalised place opening the sentence: "MOSCOW (Agency - 9 May)". */
    private static boolean agencyBracket(List<Token> tokens, int dateAt) {
        int open = bracketAfterPlace(tokens, t -> t.text().length() > 1
                && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)));
        if (open < 1 || dateAt <= open || dateAt > open + BRACKET_REACH) {
            return false;
        }
        for (int k = open + 1; k < dateAt; k++) {
            if (tokens.get(k).is(")")) {
                return false;
            }
        }
        return true;
    }

    /** How many words an agency's name in brackets may have: "(AFP)", "(Example News Agency)". */
    private static final int AGENCY_WORDS = 4;

    /**
     * A capitalised place opening the sentence, an agency in brackets and the date right after them: "Moscow (AFP)
     * Nov 23, 2009 Eight soldiers died", as copies of wire stories print the dateline.
     */
    private static boolean agencyThenDate(List<Token> tokens, int dateAt) {
        int open = bracketAfterPlace(tokens, Token::capitalized);
        if (open < 1) {
            return false;
        }
        for (int k = open + 1; k <= Math.min(tokens.size() - 1, open + AGENCY_WORDS + 1); k++) {
            if (tokens.get(k).is(")")) {
                return dateAt == k + 1;
            }
            if (!tokens.get(k).capitalized() && !tokens.get(k).is("/")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the bracket opens that follows the place opening the sentence, its words all of the given form
     * ("MOSCOW (", "Moscow ("); -1 when the sentence opens otherwise.
     */
    private static int bracketAfterPlace(List<Token> tokens, java.util.function.Predicate<Token> placeWord) {
        for (int k = 0; k < Math.min(tokens.size(), MAX_PLACE_WORDS + 1); k++) {
            if (tokens.get(k).is("(")) {
                return k;
            }
            if (!tokens.get(k).word() || !placeWord.test(tokens.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** The date of the dateline opening a sentence, or null when it opens with none. */
    static DateExpression dateline(List<Token> tokens, List<DateExpression> dates) {
        if (dates.isEmpty() || tokens.isEmpty()) {
            return null;
        }
        DateExpression first = dates.get(0);
        if (first.kind() != DateExpression.Kind.CALENDAR) {
            return null;
        }
        int at = SentenceReader.firstTokenAt(tokens, first.start());
        int after = SentenceReader.firstTokenAt(tokens, first.end());
        if (at == 0 && after < tokens.size() && tokens.get(after).is("(")) {
            return first; // "Aug. 10 (UPI) -", the agency's dateline without its city
        }
        if (agencyBracket(tokens, at)) {
            return first; // "MOSCOW (Example News / Agency - 09th October, 2020) The fire ..."
        }
        if (agencyThenDate(tokens, at)) {
            return first; // "Moscow (AFP) Nov 23, 2009 Eight soldiers died ..."
        }
        if (at < 2 || !tokens.get(at - 1).is(",")) {
            return null;
        }
        int words = 0;
        boolean allCaps = true;
        for (int k = 0; k < at - 1; k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                continue;
            }
            if (!t.capitalized()) {
                return null;
            }
            words++;
            allCaps &= t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
        }
        if (words == 0 || words > MAX_PLACE_WORDS) {
            return null;
        }
        boolean marked = after < tokens.size() && AFTER_DATE.contains(tokens.get(after).text());
        return allCaps || marked ? first : null;
    }
}
