package io.blastwatch.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A 64-bit fingerprint of an incident version's JSON, and its encoding in the record header that tells the cache of
 * last versions what was sent before.
 *
 * <p>Two independent 32-bit sums side by side: {@link Arrays#hashCode(byte[])} and CRC32C, which the JVM computes with
 * a processor instruction. Two different versions of one incident would have to agree on both to be taken for each
 * other; the cache of last versions drops a version on an equal fingerprint, so a 32-bit hash alone would, once in a
 * few billion comparisons, lose an update.
 */
final class VersionHash {

    /** The header that carries the fingerprint of the version deduplication held before a change. */
    static final String BEFORE_HEADER = "blastwatch-version-before";

    private VersionHash() {
    }

    static long of(byte[] json) {
        CRC32C crc = new CRC32C();
        crc.update(json);
        return ((long) Arrays.hashCode(json) << 32) | crc.getValue();
    }

    /** The fingerprint of a stored version, or null when there is none. */
    static Long ofStored(byte[] json) {
        return json == null ? null : of(json);
    }

    /** The header value: eight bytes, or none when there was no version before. */
    static byte[] header(Long before) {
        return before == null ? new byte[0] : ByteBuffer.allocate(Long.BYTES).putLong(before).array();
    }

    /** The fingerprint that {@link #header} encoded, or null when there was no version before. */
    static Long fromHeader(byte[] value) {
        if (value == null || value.length != Long.BYTES) {
            return null;
        }
        return ByteBuffer.wrap(value).getLong();
    }
}
