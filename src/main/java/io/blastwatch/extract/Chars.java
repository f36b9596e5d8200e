package io.blastwatch.extract;

/**
 * Character tests that the patterns of extraction make, written out where they run on every line or word: each
 * answers exactly as the pattern's own class does ({@code \d}, {@code \s}, {@code (19|20)\d\d}), which the JDK's
 * {@code Character} methods do not (they take any Unicode digit or space).
 */
final class Chars {

    private Chars() {
    }

    /** {@code \d}: 0 to 9 only. */
    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code (19|20)\d\d} at the offset: a year from 1900 to 2099 starts there. */
    static boolean yearAt(CharSequence text, int at) {
        return at + 4 <= text.length()
                && (text.charAt(at) == '1' && text.charAt(at + 1) == '9'
                        || text.charAt(at) == '2' && text.charAt(at + 1) == '0')
                && isAsciiDigit(text.charAt(at + 2)) && isAsciiDigit(text.charAt(at + 3));
    }
}
