package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases looked up by their first word: at each word of a text one hash lookup finds the few phrases
 * that can start there, so matching a text costs time linear in its length whatever the size of the gazetteer.
 */
final class PhraseIndex<T> {

    record Phrase<T>(String[] words, T value) {
    }

    record Match<T>(int firstToken, int endToken, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    private int longest = 1;

    void add(String[] words, T value) {
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>(1)).add(new Phrase<>(words, value));
        longest = Math.max(longest, words.length);
    }

    /** Words of a phrase as the index stores them: folded word tokens, punctuation dropped. */
    static String[] words(String phrase) {
        return Tokenizer.tokenize(phrase).stream().filter(Token::word).map(Token::norm).toArray(String[]::new);
    }

    /**
     * The longest phrase starting at token {@code i}, its first word capitalized in the text and its words separated
     * by nothing but spaces, hyphens or abbreviation dots.
     */
    Match<T> longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.word() || !first.capitalized()) {
            return null;
        }
        List<Phrase<T>> candidates = byFirstWord.get(first.norm());
        if (candidates == null) {
            return null;
        }
        Match<T> best = null;
        for (Phrase<T> phrase : candidates) {
            int end = matchEnd(tokens, i, phrase.words());
            if (end > 0 && (best == null || end > best.endToken())) {
                best = new Match<>(i, end, phrase.value());
            }
        }
        return best;
    }

    private static int matchEnd(List<Token> tokens, int i, String[] words) {
        int t = i;
        for (int w = 0; w < words.length; w++) {
            while (w > 0 && t < tokens.size() && !tokens.get(t).word() && (tokens.get(t).is(".") || tokens.get(t).is("-"))) {
                t++;
            }
            if (t >= tokens.size() || !tokens.get(t).word() || !tokens.get(t).norm().equals(words[w])) {
                return -1;
            }
            t++;
        }
        return t;
    }
}
