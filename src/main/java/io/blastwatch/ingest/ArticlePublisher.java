package io.blastwatch.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.serde.Json;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes articles to {@code articles-raw}: keyed by article id, with the publication time as the record time,
 * idempotent with every replica acknowledging, compressed.
 */
public final class ArticlePublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    /** The latest publication time sent so far; 0 before the first dated article. */
    private final AtomicLong latestSent = new AtomicLong();
    private final Clock clock;

    public ArticlePublisher(Map<String, Object> clientProperties, Clock clock) {
        Map<String, Object> props = producerProperties(clientProperties);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "blastwatch-ingest");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.clock = clock;
    }

    /** The producer settings of ingestion, for any producer that should behave the same. */
    public static Map<String, Object> producerProperties(Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        return props;
    }

    public Future<RecordMetadata> publish(Article article, Callback callback) {
        return producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), null, recordTime(article), article.id(),
                Json.toBytes(article)), callback);
    }

    /**
     * The publication time when the article has one; never later than now, since brokers refuse records from the
     * future and a wrong time zone must not lose an article. An archived article without a publication time takes
     * the latest publication time sent before it (now, when it is the first): its time is unknown, and it must not
     * move the pipeline's stream time years ahead of the archive it belongs to, which would expire that archive's
     * incidents from the deduplication state.
     */
    long recordTime(Article article) {
        Instant now = Instant.now(clock);
        if (article.publishedFrom() == PublicationSource.INGESTION) {
            return now.toEpochMilli();
        }
        Optional<Instant> published = PublicationDates.instant(article.published());
        if (published.isEmpty()) {
            long previous = latestSent.get();
            return previous > 0 ? previous : now.toEpochMilli();
        }
        long time = (published.get().isAfter(now) ? now : published.get()).toEpochMilli();
        latestSent.accumulateAndGet(time, Math::max);
        return time;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
