package io.blastwatch.http;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.streams.KafkaStreams;

/**
 * The running pipeline as the HTTP handlers see it. The server starts before the pipeline (the pipeline must be told
 * the server's address), so until the pipeline is set the handlers answer 503.
 */
public final class PipelineHandle {

    private final AtomicReference<KafkaStreams> streams = new AtomicReference<>();

    public void set(KafkaStreams running) {
        streams.set(running);
    }

    public Optional<KafkaStreams> get() {
        return Optional.ofNullable(streams.get());
    }
}
