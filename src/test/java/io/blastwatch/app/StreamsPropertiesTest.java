package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {

    private static final long MB = 1024 * 1024;

    @Test
    void shouldGiveTheRecordCacheAThirtySecondOfTheHeapFromTenUpToSixtyFourMegabytes() {
        assertThat(StreamsProperties.recordCacheBytes(200 * MB)).isEqualTo(10 * MB);
        assertThat(StreamsProperties.recordCacheBytes(1024 * MB)).isEqualTo(32 * MB);
        assertThat(StreamsProperties.recordCacheBytes(6144 * MB)).isEqualTo(64 * MB);
    }

    @Test
    void shouldSetTheRecordCacheUnlessTheUserDid() {
        Properties defaults = StreamsProperties.of(new BlastwatchConfig(Map.of()), "localhost:9092", Path.of("state"),
                null, StateStoreMemory.megabytes(8));
        assertThat(defaults.get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG))
                .isEqualTo(StreamsProperties.recordCacheBytes(Runtime.getRuntime().maxMemory()));

        Properties chosen = StreamsProperties.of(new BlastwatchConfig(Map.of(
                        StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "1048576")), "localhost:9092", Path.of("state"),
                null, StateStoreMemory.megabytes(8));
        assertThat(chosen.get(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG)).isEqualTo("1048576");
    }

    @Test
    void shouldGiveTheProducersBatchesAFourThousandthOfTheHeapFromSixteenUpTo256Kilobytes() {
        assertThat(StreamsProperties.producerBatchBytes(32 * MB)).isEqualTo(16 * 1024);
        assertThat(StreamsProperties.producerBatchBytes(200 * MB)).isEqualTo(50 * 1024);
        assertThat(StreamsProperties.producerBatchBytes(6144 * MB)).isEqualTo(256 * 1024);
    }

    @Test
    void shouldSetTheProducersBatchSizeUnlessTheUserDidForThemOrForEveryClient() {
        String producerBatch = StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG);
        assertThat(properties(Map.of()).get(producerBatch))
                .isEqualTo(StreamsProperties.producerBatchBytes(Runtime.getRuntime().maxMemory()));
        assertThat(properties(Map.of(producerBatch, "32768")).get(producerBatch)).isEqualTo("32768");

        Properties forEveryClient = properties(Map.of(ProducerConfig.BATCH_SIZE_CONFIG, "32768"));
        assertThat(forEveryClient).doesNotContainKey(producerBatch);
        assertThat(forEveryClient.get(ProducerConfig.BATCH_SIZE_CONFIG)).isEqualTo("32768");
    }

    private static Properties properties(Map<String, String> settings) {
        return StreamsProperties.of(new BlastwatchConfig(settings), "localhost:9092", Path.of("state"), null,
                StateStoreMemory.megabytes(8));
    }
}
