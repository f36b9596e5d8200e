package io.blastwatch.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.blastwatch.ingest.ArticlePublisher;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends generated articles with ingestion's producer settings, each with its publication time as record time: as
 * fast as possible, or paced at a rate with each send time told to a probe. A failed send fails the benchmark, whose
 * figures would otherwise count articles that never arrived.
 */
final class ArticleSender {

    private ArticleSender() {
    }

    static void send(Map<String, Object> client, String topic, List<GeneratedArticle> articles) throws InterruptedException {
        send(client, topic, articles, null, 0);
    }

    /** @param probe told the send time of each article, or null; @param rate articles per second, 0 for no pacing */
    static void send(Map<String, Object> client, String topic, List<GeneratedArticle> articles, LatencyProbe probe,
                     double rate) throws InterruptedException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ArticlePublisher.producerProperties(client),
                new StringSerializer(), new ByteArraySerializer())) {
            long started = System.nanoTime();
            for (int i = 0; i < articles.size() && failure.get() == null; i++) {
                GeneratedArticle a = articles.get(i);
                if (rate > 0) {
                    long wait = started + (long) (i * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                if (probe != null) {
                    probe.sent(a.id(), System.nanoTime());
                }
                producer.send(new ProducerRecord<>(topic, null, a.timestamp(), a.id(), a.json()), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("sending articles to " + topic + " failed: " + failure.get(), failure.get());
        }
    }
}
