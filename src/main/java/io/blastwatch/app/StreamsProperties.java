package io.blastwatch.app;

import java.nio.file.Path;
import java.util.Properties;

import io.blastwatch.topology.DeadLetterHandlers;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams configuration of the pipeline, from blastwatch's settings and the passed-through client ones. */
public final class StreamsProperties {

    private StreamsProperties() {
    }

    /**
     * @param applicationServer host:port of this instance's HTTP endpoints, told to the other instances so that any of
     *                          them can forward a query to the one holding the data; null when there are none
     * @param storeMemory       the native memory budget all state stores of this instance share
     */
    static Properties of(BlastwatchConfig config, String bootstrapServers, Path stateDir, String applicationServer,
                         StateStoreMemory storeMemory) {
        Properties props = new Properties();
        props.putAll(config.clientProperties());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.getString(BlastwatchConfig.APPLICATION_ID));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.getString(BlastwatchConfig.PROCESSING_GUARANTEE));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(BlastwatchConfig.STREAM_THREADS));
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        props.put("processing.exception.handler.global.enabled", true);
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, StateStoreMemory.Setter.class);
        props.put(StateStoreMemory.PROPERTY, storeMemory);
        if (applicationServer != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        return props;
    }
}
