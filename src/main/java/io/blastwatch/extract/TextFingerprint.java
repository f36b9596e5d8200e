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
        // Each bit's vote is counted in one byte of eight accumulators (bit 8k + j in byte k of the j-th), eight
        // additions a shingle where counting bit by bit took sixty-four; the bytes are emptied before they overflow.
        int[] ones = new int[64];
        long[] lanes = new long[8];
        int shingles = 0;
        int inLanes = 0;
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = shingleHash(words, i);
            for (int j = 0; j < 8; j++) {
                lanes[j] += (h >>> j) & BYTE_LOW_BITS;
            }
            shingles++;
            if (++inLanes == MAX_LANE_COUNT) {
                drain(lanes, ones);
                inLanes = 0;
            }
        }
        drain(lanes, ones);
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (2 * ones[bit] > shingles) { // more shingles with the bit than without it
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    private static final long BYTE_LOW_BITS = 0x0101010101010101L;
    private static final int MAX_LANE_COUNT = 255;

    private static void drain(long[] lanes, int[] ones) {
        for (int j = 0; j < 8; j++) {
            for (int k = 0; k < 8; k++) {
                ones[8 * k + j] += (int) ((lanes[j] >>> (8 * k)) & 0xFF);
            }
            lanes[j] = 0;
        }
    }

    /** Sixteen lower-case hex digits, zero-padded. {@code String.format} took a twentieth of extraction. */
    public static String hex(long fingerprint) {
        char[] digits = new char[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = Character.forDigit((int) (fingerprint & 0xF), 16);
            fingerprint >>>= 4;
        }
        return new String(digits);
    }

    /** Bits in which two fingerprints differ. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    /** FNV-1a over the shingle's words, then a final mix so that every bit depends on every word. */
    static long shingleHash(List<String> words, int from) {
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
