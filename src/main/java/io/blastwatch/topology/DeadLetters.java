package io.blastwatch.topology;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.blastwatch.model.DeadLetter;
import io.blastwatch.serde.Json;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds dead letters: the reason, where the record was, and the record itself in a form a person can read. */
final class DeadLetters {

    /**
     * Dead letters keep at most this much of the original value (JSON escapes can make it six times larger), and
     * of its key and the reason, so that a huge poison record cannot make a dead letter the broker refuses. The
     * whole record stays on its topic at the offset the letter gives.
     */
    static final int MAX_VALUE_BYTES = 64 * 1024;
    static final int MAX_KEY_BYTES = 1024;
    static final int MAX_REASON_CHARS = 2000;

    private DeadLetters() {
    }

    static DeadLetter of(String reason, String stage, String topic, int partition, long offset, byte[] key,
                         byte[] value, long timestamp) {
        String keyText = key == null ? null : text(key, utf8Prefix(key, MAX_KEY_BYTES));
        String shortReason = reason == null || reason.length() <= MAX_REASON_CHARS ? reason
                : reason.substring(0, MAX_REASON_CHARS) + "...";
        String valueText = null;
        String encoding = null;
        if (value != null) {
            int length = utf8Prefix(value, MAX_VALUE_BYTES);
            valueText = text(value, length);
            encoding = "utf8";
            if (valueText == null) {
                valueText = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(value, length));
                encoding = "base64";
            }
            if (length < value.length) {
                encoding += "-truncated";
            }
        }
        return new DeadLetter(shortReason, stage, topic, partition, offset, keyText, valueText, encoding, timestamp);
    }

    static ProducerRecord<byte[], byte[]> record(DeadLetter letter, byte[] key) {
        byte[] shortKey = key == null ? null : java.util.Arrays.copyOf(key, utf8Prefix(key, MAX_KEY_BYTES));
        return new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, letter.timestamp() > 0 ? letter.timestamp() : null,
                shortKey, Json.toBytes(letter));
    }

    /** A dead letter's own key: the original key, cut like the copy inside the letter. */
    static String shortKey(String key) {
        if (key == null) {
            return null;
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_KEY_BYTES ? key : new String(bytes, 0, utf8Prefix(bytes, MAX_KEY_BYTES), StandardCharsets.UTF_8);
    }

    /** How many leading bytes to keep, at most {@code max}, without cutting a UTF-8 character in two. */
    private static int utf8Prefix(byte[] bytes, int max) {
        if (bytes.length <= max) {
            return bytes.length;
        }
        int length = max;
        while (length > 0 && (bytes[length] & 0xC0) == 0x80) {
            length--;
        }
        return length;
    }

    private static String text(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
