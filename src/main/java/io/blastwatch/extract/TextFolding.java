package io.blastwatch.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching: lower case, Latin diacritics removed, apostrophes and dashes made plain; same length. */
public final class TextFolding {

    private static final char[] LATIN_FOLD = buildLatinFold();

    private TextFolding() {
    }

    public static String fold(CharSequence text) {
        // Most words of English news are already folded: they are returned as they are, without a copy.
        int n = text.length();
        int plain = 0;
        while (plain < n) {
            char c = text.charAt(plain);
            if (c >= LATIN_FOLD.length || LATIN_FOLD[c] != c) {
                break;
            }
            plain++;
        }
        if (plain == n) {
            return text.toString();
        }
        if (asciiWithoutBacktick(text, plain)) {
            // A capitalized English word: for these characters folding is lower-casing, which the JDK does in one
            // copy, where the loop below made a char array and then a string of it.
            return text.toString().toLowerCase(Locale.ROOT);
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** Whether the text from the offset on is ASCII and holds no backtick, which folds to an apostrophe. */
    private static boolean asciiWithoutBacktick(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '`') {
                return false;
            }
        }
        return true;
    }

    public static char fold(char c) {
        if (c < LATIN_FOLD.length) {
            return LATIN_FOLD[c];
        }
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u02B9', '\u2032', '`' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
            default -> Character.toLowerCase(c);
        };
    }

    private static char[] buildLatinFold() {
        char[] table = new char[0x250];
        for (char c = 0; c < table.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            table[c] = Character.toLowerCase(Character.isLetter(base) ? base : c);
        }
        table['\u00DF'] = 's'; // ß has no one-letter decomposition
        table['\u0142'] = 'l';
        table['\u0141'] = 'l';
        table['\u00F8'] = 'o';
        table['\u00D8'] = 'o';
        table['\u0111'] = 'd';
        table['\u0110'] = 'd';
        table['`'] = '\'';
        table['\u00AB'] = '"';
        table['\u00BB'] = '"';
        return table;
    }
}
