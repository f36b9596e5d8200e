package io.blastwatch.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.blastwatch.model.Alert;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads alerts as they are committed and hands each to a handler. With a consumer group, an alert's offset is
 * committed only after the handler has finished with it, so an alert that could not be delivered is read again
 * after a restart: none is lost, and the handler's idempotency makes the repeat harmless.
 */
public final class AlertFeed implements AutoCloseable {

    /** Does something with one alert; returns only when it is done, may call {@code keepAlive} while it waits. */
    public interface Handler {
        void handle(Alert alert, Runnable keepAlive) throws Exception;
    }

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, Alert> consumer;
    private final boolean grouped;
    private volatile boolean running = true;

    /**
     * @param groupId       consumer group that remembers progress, or null to read without one
     * @param fromBeginning read every alert already on the topic (with a group: only when it has no progress yet)
     */
    public AlertFeed(Map<String, Object> clientProperties, String topic, Deserializer<Alert> deserializer,
                     String groupId, boolean fromBeginning) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        this.grouped = groupId != null;
        if (grouped) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        } else {
            props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        }
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer);
        if (grouped) {
            consumer.subscribe(List.of(topic));
        } else {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(60))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
        }
    }

    /** Reads until {@link #stop()}; the handler's exceptions end the feed after what was handled is committed. */
    public void run(Handler handler) throws Exception {
        try {
            while (running) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(POLL)) {
                    if (record.value() == null) {
                        continue;
                    }
                    handler.handle(record.value(), this::keepAlive);
                    if (grouped) {
                        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        }
    }

    /** Polls without taking records, so that a handler waiting for a webhook does not drop out of its group. */
    private void keepAlive() {
        var assigned = consumer.assignment();
        consumer.pause(assigned);
        try {
            consumer.poll(Duration.ZERO);
        } finally {
            consumer.resume(assigned);
        }
    }

    /** Ends {@link #run} from another thread. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
