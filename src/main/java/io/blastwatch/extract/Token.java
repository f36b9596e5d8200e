package io.blastwatch.extract;

/**
 * A word or punctuation mark of a text, with its place in the original string.
 *
 * @param text the characters as written
 * @param norm lower case, diacritics folded, typographic apostrophes made plain: what matching compares
 * @param word true for words and numbers, false for punctuation
 * @param classes the word's {@link Lexicon} classes
 */
public record Token(String text, String norm, int start, int end, boolean word, int classes) {

    Token(String text, String norm, int start, int end, boolean word) {
        this(text, norm, start, end, word, word ? Lexicon.classify(norm) : 0);
    }

    /** Whether the word belongs to any of the {@link Lexicon} classes in the mask. */
    public boolean has(int mask) {
        return (classes & mask) != 0;
    }

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
