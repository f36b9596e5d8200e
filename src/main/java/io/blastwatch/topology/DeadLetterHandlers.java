package io.blastwatch.topology;

import java.util.List;
import java.util.Map;

import io.blastwatch.model.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records that cannot be read or processed to {@code articles-dlq}, with the reason, the stage and the source
 * topic, partition and offset, and lets the pipeline go on. The dead letter is written in the same transaction as
 * the rest of the task's output, so it is neither lost nor doubled.
 */
public final class DeadLetterHandlers {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {
    }

    /** A record on one of the pipeline's topics that is not the JSON its topic holds. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        @Override
        public void configure(Map<String, ?> configs) {
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception e) {
            return Response.resume(List.of(letter(context, "unreadable record: " + reason(e), "deserialize",
                    record.key(), record.value())));
        }
    }

    /** A record whose processing failed: a defect, reported rather than allowed to stop every other article. */
    public static final class Processing implements ProcessingExceptionHandler {
        @Override
        public void configure(Map<String, ?> configs) {
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception e) {
            return Response.resume(List.of(letter(context, "processing failed: " + reason(e), context.processorNodeId(),
                    context.sourceRawKey(), context.sourceRawValue())));
        }
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> letter(
            ErrorHandlerContext context, String reason, String stage, byte[] key, byte[] value) {
        log.warn("Dead-lettering the record at {}-{} offset {} (task {}, {}): {}", context.topic(), context.partition(),
                context.offset(), context.taskId(), stage, reason);
        DeadLetter letter = DeadLetters.of(reason, stage, context.topic(), context.partition(), context.offset(), key,
                value, context.timestamp());
        return DeadLetters.record(letter, key);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        while ((message == null || message.isBlank()) && cause != null) {
            message = cause.getMessage();
            cause = cause.getCause();
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
