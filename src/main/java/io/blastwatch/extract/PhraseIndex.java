package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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
    private final UnaryOperator<String> spelling;
    private int longest = 1;

    /** An index that compares words as they are folded. */
    PhraseIndex() {
        this(UnaryOperator.identity());
    }

    /**
     * An index that compares words by a key of their spelling, so that the variants one key stands for all match:
     * "Kamenski", "Kamenskiy" and "Kamensky".
     */
    PhraseIndex(UnaryOperator<String> spelling) {
        this.spelling = spelling;
    }

    void add(String[] words, T value) {
        String[] keys = new String[words.length];
        for (int k = 0; k < words.length; k++) {
            keys[k] = spelling.apply(words[k]);
        }
        byFirstWord.computeIfAbsent(keys[0], w -> new ArrayList<>(1)).add(new Phrase<>(keys, value));
        longest = Math.max(longest, keys.length);
    }

    /**
     * Words of a phrase as the index stores them: folded word tokens, punctuation dropped, hyphenated words split so
     * that the phrase matches written with or without the hyphen.
     */
    static String[] words(String phrase) {
        return Tokenizer.tokenize(phrase).stream().filter(Token::word).map(Token::norm)
                .flatMap(w -> java.util.Arrays.stream(w.split("-"))).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /**
     * The longest phrase starting at token {@code i}, its first word capitalized in the text and its words separated
     * by nothing but spaces, hyphens, abbreviation dots or the closing quote of a name opened by one.
     */
    Match<T> longestAt(List<Token> tokens, int i) {
        String key = firstKey(tokens.get(i));
        List<Phrase<T>> candidates = key == null ? null : byFirstWord.get(key);
        if (candidates == null) {
            return null;
        }
        // 'the "Kremniy" plant': a name opened by a quote may close it before the rest of the phrase.
        String quote = i > 0 && isQuote(tokens.get(i - 1)) ? tokens.get(i - 1).norm() : null;
        Match<T> best = null;
        for (Phrase<T> phrase : candidates) {
            int end = matchEnd(tokens, i, phrase.words(), quote);
            if (end > 0 && (best == null || end > best.endToken())) {
                best = new Match<>(i, end, phrase.value());
            }
        }
        return best;
    }

    /** The key of the phrases that may start at the token: null unless it is a capitalized word. */
    String firstKey(Token first) {
        if (!first.word() || !first.capitalized()) {
            return null;
        }
        String norm = first.norm();
        int hyphen = norm.indexOf('-');
        // "Rostov-on-Don" is one token; its phrase is indexed by its first word, "rostov".
        return spelling.apply(hyphen > 0 ? norm.substring(0, hyphen) : norm);
    }

    /** The keys of the first words of all phrases. */
    Set<String> firstKeys() {
        return byFirstWord.keySet();
    }

    private static boolean isQuote(Token t) {
        return t.is("\"") || t.is("'");
    }

    private int matchEnd(List<Token> tokens, int i, String[] words, String quote) {
        int t = i;
        int w = 0;
        boolean closed = false;
        while (w < words.length) {
            while (w > 0 && t < tokens.size() && !tokens.get(t).word()) {
                Token between = tokens.get(t);
                if (!closed && quote != null && between.is(quote)) {
                    closed = true;
                } else if (!between.is(".") && !between.is("-")) {
                    break;
                }
                t++;
            }
            if (t >= tokens.size() || !tokens.get(t).word()) {
                return -1;
            }
            String token = spelling.apply(tokens.get(t).norm());
            if (token.equals(words[w])) {
                w++;
                t++;
                continue;
            }
            int joined = hyphenated(token, words, w);
            if (joined < 0) {
                return -1;
            }
            w = joined;
            t++;
        }
        return t;
    }

    /**
     * "Machine-Building" in the text for the phrase words "machine building": a hyphenated token standing for
     * several words of the phrase. Returns the index of the phrase word after them, or -1.
     */
    private static int hyphenated(String token, String[] words, int w) {
        if (token.indexOf('-') < 0) {
            return -1;
        }
        StringBuilder joined = new StringBuilder(words[w]);
        int k = w + 1;
        while (joined.length() < token.length() && k < words.length) {
            joined.append('-').append(words[k]);
            k++;
        }
        return joined.toString().equals(token) ? k : -1;
    }
}
