package io.blastwatch.extract;

/**
 * A word or punctuation mark of a text, with its place in the original string.
 *
 * @param text the characters as written
 * @param norm lower case, diacritics folded, typographic apostrophes made plain: what matching compares
 * @param word true for words and numbers, false for punctuation
 */
public record Token(String text, String norm, int start, int end, boolean word) {

    public boolean capitalized() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    public boolean isNumber() {
        if (!word) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean is(String normalized) {
        return norm.equals(normalized);
    }
}
