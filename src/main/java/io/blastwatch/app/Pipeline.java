package io.blastwatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.blastwatch.extract.Gazetteer;
import io.blastwatch.topology.BlastwatchTopology;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running topology: started, waited on until it runs, and closed cleanly. */
public final class Pipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final StateStoreMemory storeMemory;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private Pipeline(KafkaStreams streams, StateStoreMemory storeMemory) {
        this.streams = streams;
        this.storeMemory = storeMemory;
    }

    public static Pipeline start(BlastwatchConfig config, String bootstrapServers, Path stateDir, Gazetteer gazetteer) {
        return start(config, bootstrapServers, stateDir, gazetteer, null);
    }

    /** @param applicationServer host:port of this instance's HTTP endpoints, or null */
    public static Pipeline start(BlastwatchConfig config, String bootstrapServers, Path stateDir, Gazetteer gazetteer,
                                 String applicationServer) {
        StateStoreMemory storeMemory = StateStoreMemory.megabytes(config.getInt(BlastwatchConfig.STATE_MEMORY_MB));
        Properties props = StreamsProperties.of(config, bootstrapServers, stateDir, applicationServer, storeMemory);
        Topology topology = BlastwatchTopology.build(config.pipelineSettings(), gazetteer);
        KafkaStreams streams = new KafkaStreams(topology, props);
        Pipeline pipeline = new Pipeline(streams, storeMemory);
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            log.debug("pipeline state {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING || now == KafkaStreams.State.ERROR) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            pipeline.failure.compareAndSet(null, e);
            log.error("Pipeline thread failed: {}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        try {
            if (!running.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                pipeline.close();
                throw new IllegalStateException("pipeline did not start within " + START_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pipeline.close();
            throw new IllegalStateException("interrupted while starting the pipeline", e);
        }
        if (streams.state() == KafkaStreams.State.ERROR) {
            pipeline.close();
            throw new IllegalStateException("pipeline failed to start: " + pipeline.failure.get());
        }
        return pipeline;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The first error a stream thread met, if any; the thread was replaced and processing went on. */
    public Throwable failure() {
        return failure.get();
    }

    @Override
    public void close() {
        // Leaving the group hands this instance's partitions to the others at once, and lets reset run right after
        // a stop, instead of both waiting for the session to time out.
        if (streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT))) {
            storeMemory.close();
        } // else threads still hold stores open: the process is ending anyway, and freeing their cache would crash it
    }
}
