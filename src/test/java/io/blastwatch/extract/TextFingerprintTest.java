package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    @Test
    void hexIsSixteenLowerCaseDigitsZeroPaddedAndUnsigned() {
        assertThat(TextFingerprint.hex(0L)).isEqualTo("0000000000000000");
        assertThat(TextFingerprint.hex(0xABCL)).isEqualTo("0000000000000abc");
        assertThat(TextFingerprint.hex(-1L)).isEqualTo("ffffffffffffffff");
        assertThat(TextFingerprint.hex(Long.MIN_VALUE)).isEqualTo("8000000000000000");
        assertThat(TextFingerprint.hex(0x0123456789abcdefL)).isEqualTo("0123456789abcdef");
    }

    @Test
    void hexReadsBackAsTheSameFingerprint() {
        long[] samples = {1L, 42L, 0x7fffffffffffffffL, 0xdeadbeefcafef00dL, -2L};
        for (long sample : samples) {
            assertThat(Long.parseUnsignedLong(TextFingerprint.hex(sample), 16)).isEqualTo(sample);
            assertThat(TextFingerprint.hex(sample)).isEqualTo(String.format("%016x", sample));
        }
    }

    /**
     * The votes are counted eight bits at a time; the fingerprint must stay the bit-by-bit majority it always was,
     * since fingerprints stored before compare with new ones. The reference counts each bit on its own.
     */
    @Test
    void fingerprintIsTheMajorityOfEachBitOverTheShinglesHowLongTheTextIs() {
        java.util.Random random = new java.util.Random(17);
        for (int length : new int[] {0, 2, 3, 4, 50, 257, 258, 600, 2000}) {
            java.util.List<String> words = new java.util.ArrayList<>();
            for (int i = 0; i < length; i++) {
                words.add("w" + random.nextInt(length / 3 + 2));
            }
            assertThat(TextFingerprint.simHash(words)).as("%d words", length).isEqualTo(bitByBit(words));
        }
    }

    private static long bitByBit(java.util.List<String> words) {
        int[] weights = new int[64];
        for (int i = 0; i + 3 <= words.size(); i++) {
            long h = TextFingerprint.shingleHash(words, i);
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

    @Test
    void copiesWithADifferentFooterStayCloseAndOtherArticlesDoNot() {
        String body = "A fire broke out overnight at an ammunition depot near the town, officials said on Monday, "
                + "and residents of two villages nearby were told to leave their homes until the blaze was out.";
        long original = TextFingerprint.simHash(body + " Read our other stories.");
        long copy = TextFingerprint.simHash(body + " Follow us for more.");
        long other = TextFingerprint.simHash("The regional governor opened a new bridge across the river on Friday "
                + "and promised that a second one would follow before the end of next year, to ease the traffic.");
        assertThat(Long.bitCount(original ^ copy)).isLessThan(Long.bitCount(original ^ other));
        assertThat(TextFingerprint.distance(TextFingerprint.hex(original), TextFingerprint.hex(copy)))
                .isEqualTo(Long.bitCount(original ^ copy));
    }
}
