package io.blastwatch.app;

import java.nio.file.Path;
import java.util.Properties;

import io.blastwatch.topology.DeadLetterHandlers;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams configuration of the pipeline, from blastwatch's settings and the passed-through client ones. */
public final class StreamsProperties {

    private StreamsProperties() {
    }

    /** The record cache at most, whatever the heap. */
    static final long MAX_RECORD_CACHE_BYTES = 64L * 1024 * 1024;
    /** The record cache at least: Kafka Streams' own default. */
    static final long MIN_RECORD_CACHE_BYTES = 10L * 1024 * 1024;

    /**
     * The record cache of all stream threads (Kafka Streams' {@code statestore.cache.max.bytes}): a thirty-second of
     * the heap, from Kafka's default of 10 MB up to 64 MB. Between two commits it keeps the last version of each key,
     * so that a busy incident rewritten by many reports is written once to its store, its changelog and the
     * {@code incidents} topic. With 10 MB it filled within a commit at a few hundred articles a second and flushed
     * early: in a 20,000-article bench run, 64 MB halved the bytes of the incident store's changelog and of the topic,
     * and the CPU per article fell by a quarter. A small heap keeps Kafka's default: with 25 MB of cache, the
     * README's 200 MB heap for a 512 MB machine ran out under load.
     */
    static long recordCacheBytes(long maxHeapBytes) {
        return heapShare(maxHeapBytes / 32, MIN_RECORD_CACHE_BYTES, MAX_RECORD_CACHE_BYTES);
    }

    /** The producers' batches at most, whatever the heap. */
    static final int MAX_PRODUCER_BATCH_BYTES = 256 * 1024;
    /** The producers' batches at least: Kafka's own default. */
    static final int MIN_PRODUCER_BATCH_BYTES = 16 * 1024;

    /**
     * The batch size of the stream threads' producers ({@code batch.size}): a four-thousandth of the heap, from Kafka's
     * default of 16 KB up to 256 KB. An incident record is 6 to 16 KB, so a 16 KB batch held one or two of them, and
     * the broker validated and appended nearly every record as a batch of its own. In 20,000-article bench runs,
     * 256 KB cut the broker's request handlers from 0.21–0.23 to 0.17–0.18 cores while the pipeline went faster. A
     * producer keeps up to a batch per partition it writes, from a pool that it keeps: on a small heap the batches stay
     * small (50 KB on the README's 200 MB heap for a 512 MB machine).
     */
    static int producerBatchBytes(long maxHeapBytes) {
        return (int) heapShare(maxHeapBytes / 4096, MIN_PRODUCER_BATCH_BYTES, MAX_PRODUCER_BATCH_BYTES);
    }

    private static long heapShare(long share, long min, long max) {
        return Math.max(min, Math.min(max, share));
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
        props.putIfAbsent(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG,
                recordCacheBytes(Runtime.getRuntime().maxMemory()));
        if (!props.containsKey(ProducerConfig.BATCH_SIZE_CONFIG)) { // a user's batch.size is for every client
            props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG),
                    producerBatchBytes(Runtime.getRuntime().maxMemory()));
        }
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, StateStoreMemory.Setter.class);
        props.put(StateStoreMemory.PROPERTY, storeMemory);
        if (applicationServer != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        return props;
    }
}
