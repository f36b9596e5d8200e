package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * SimHash of an article's words: copies of one article on two sites, with different teasers and footers, differ in a
 * few of 64 bits, while different articles on the same event differ in about half.
 */
public final class TextFingerprint {

    private static final int SHINGLE = 3;

    private TextFingerprint() {
    }

    public static long simHash(String text) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.word()) {
                words.add(t.norm());
            }
        }
        return simHash(words);
    }

    /** The fingerprint of words already split and folded. */
    public static long simHash(List<String> words) {
        int[] weights = new int[64];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = hash(words, i);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    /** Bits in which two fingerprints differ. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    /** FNV-1a over the shingle's words, then a final mix so that every bit depends on every word. */
    private static long hash(List<String> words, int from) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < from + SHINGLE; w++) {
            String word = words.get(w);
            for (int c = 0; c < word.length(); c++) {
                h ^= word.charAt(c);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
