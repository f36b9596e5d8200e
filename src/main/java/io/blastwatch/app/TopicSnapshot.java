package io.blastwatch.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import io.blastwatch.topology.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a topic from its start to its current end, committed transactions only: the latest value of every key, as
 * a compacted topic holds it, or every record in order.
 */
public final class TopicSnapshot {

    private static final Logger log = LoggerFactory.getLogger(TopicSnapshot.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicSnapshot() {
    }

    /** The latest value of every key; keys whose latest value is a tombstone are left out. */
    public static <K, V> Map<K, V> latest(Map<String, Object> clientProperties, Topic<K, V> topic) {
        Map<K, V> latest = new LinkedHashMap<>();
        for (ConsumerRecord<K, V> r : all(clientProperties, topic)) {
            if (r.value() == null) {
                latest.remove(r.key());
            } else {
                latest.put(r.key(), r.value());
            }
        }
        return latest;
    }

    /** Every record in offset order per partition; records that cannot be decoded are skipped and logged. */
    public static <K, V> List<ConsumerRecord<K, V>> all(Map<String, Object> clientProperties, Topic<K, V> topic) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        read(clientProperties, topic.name(), TIMEOUT, raw -> decode(topic, raw).ifPresent(records::add));
        return records;
    }

    /**
     * The keys whose latest record is not a tombstone, without decoding any value: for topics too large to hold,
     * such as the incidents of a long benchmark.
     */
    public static Set<String> liveKeys(Map<String, Object> clientProperties, String topic, Duration timeout) {
        Set<String> live = new HashSet<>();
        read(clientProperties, topic, timeout, raw -> {
            String key = raw.key() == null ? null : new String(raw.key(), StandardCharsets.UTF_8);
            if (raw.value() == null) {
                live.remove(key);
            } else {
                live.add(key);
            }
        });
        return live;
    }

    private static void read(Map<String, Object> clientProperties, String topic, Duration timeout,
                             Consumer<ConsumerRecord<byte[], byte[]>> sink) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, timeout)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, timeout));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within "
                            + timeout.toSeconds() + " s");
                }
                consumer.poll(POLL).forEach(sink);
            }
        }
    }

    private static <K, V> java.util.Optional<ConsumerRecord<K, V>> decode(Topic<K, V> topic,
                                                                         ConsumerRecord<byte[], byte[]> raw) {
        try {
            K key = topic.keySerde().deserializer().deserialize(raw.topic(), raw.key());
            V value = topic.valueSerde().deserializer().deserialize(raw.topic(), raw.value());
            return java.util.Optional.of(new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), raw.timestamp(),
                    raw.timestampType(), raw.serializedKeySize(), raw.serializedValueSize(), key, value, raw.headers(),
                    raw.leaderEpoch()));
        } catch (RuntimeException e) {
            log.warn("Skipping undecodable record {}-{}@{}: {}", raw.topic(), raw.partition(), raw.offset(), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
