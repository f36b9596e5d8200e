package io.blastwatch.ingest;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import io.blastwatch.model.FeedState;
import io.blastwatch.topology.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Feed memory in the compacted {@code feed-state} topic: loaded whole at start, appended to as items are published.
 * An item is marked seen only after its article was acknowledged, so a crash in between republishes it (which the
 * pipeline ignores) rather than loses it.
 */
public final class KafkaFeedMemory implements FeedMemory, AutoCloseable {

    private final Map<String, FeedState> entries = new ConcurrentHashMap<>();
    private final KafkaProducer<String, FeedState> producer;
    private final Topic<String, FeedState> topic;
    private final Clock clock;

    public KafkaFeedMemory(Map<String, Object> clientProperties, Topic<String, FeedState> topic,
                           Map<String, FeedState> loaded, Clock clock) {
        this.topic = topic;
        this.clock = clock;
        this.entries.putAll(loaded);
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "blastwatch-feeds");
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public boolean seen(String articleId) {
        return entries.containsKey("seen|" + articleId);
    }

    @Override
    public void markSeen(String feed, String articleId) {
        write("seen|" + articleId, new FeedState(feed, articleId, null, null, clock.instant().toString()));
    }

    @Override
    public Optional<FeedState> validators(String feed) {
        return Optional.ofNullable(entries.get("http|" + feed));
    }

    @Override
    public void saveValidators(String feed, String etag, String lastModified) {
        write("http|" + feed, new FeedState(feed, null, etag, lastModified, clock.instant().toString()));
    }

    private void write(String key, FeedState state) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, state)).get();
            entries.put(key, state);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot record feed state in " + topic.name() + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording feed state", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
