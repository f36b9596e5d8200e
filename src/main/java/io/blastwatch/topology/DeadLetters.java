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

    /** Dead letters keep at most this much of the original value, so a huge poison record cannot exceed limits. */
    static final int MAX_VALUE_BYTES = 256 * 1024;

    private DeadLetters() {
    }

    static DeadLetter of(String reason, String stage, String topic, int partition, long offset, byte[] key,
                         byte[] value, long timestamp) {
        String keyText = key == null ? null : text(key, key.length);
        String valueText = null;
        String encoding = null;
        if (value != null) {
            int length = Math.min(value.length, MAX_VALUE_BYTES);
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
        return new DeadLetter(reason, stage, topic, partition, offset, keyText, valueText, encoding, timestamp);
    }

    static ProducerRecord<byte[], byte[]> record(DeadLetter letter, byte[] key) {
        return new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, letter.timestamp() > 0 ? letter.timestamp() : null,
                key, Json.toBytes(letter));
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
