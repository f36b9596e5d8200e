package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and punctuation in one pass. Hyphens and apostrophes inside a word keep it whole
 * ("Rostov-on-Don", "Kam'yanske"), a possessive "'s" becomes its own token, and digits joined by dots, slashes or
 * hyphens stay one token ("07.02.2024", "2024-02-07").
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i, to);
                addWord(text, i, end, tokens);
                i = end;
            } else {
                tokens.add(token(text, i, i + 1, false));
                i++;
            }
        }
        return tokens;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    private static int wordEnd(String text, int start, int to) {
        boolean allDigits = Character.isDigit(text.charAt(start));
        int i = start + 1;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                allDigits &= Character.isDigit(c);
                i++;
            } else if (i + 1 < to && joins(c, allDigits, text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean joins(char c, boolean allDigits, char next) {
        if (!Character.isLetterOrDigit(next)) {
            return false;
        }
        if (c == '-' || c == '\u2011' || c == '\'' || c == '\u2019') {
            return true;
        }
        return allDigits && Character.isDigit(next) && (c == '.' || c == '/');
    }

    private static void addWord(String text, int start, int end, List<Token> tokens) {
        int possessive = end - 2;
        if (possessive > start && (text.charAt(possessive) == '\'' || text.charAt(possessive) == '\u2019')
                && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            tokens.add(token(text, start, possessive, true));
            tokens.add(token(text, possessive, end, false));
        } else {
            tokens.add(token(text, start, end, true));
        }
    }

    private static Token token(String text, int start, int end, boolean word) {
        String raw = text.substring(start, end);
        return new Token(raw, TextFolding.fold(raw), start, end, word);
    }
}
