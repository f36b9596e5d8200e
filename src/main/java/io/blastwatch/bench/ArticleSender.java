package io.blastwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import io.blastwatch.ingest.ArticlePublisher;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends generated articles with ingestion's producer settings, each with its publication time as record time: as
 * fast as possible, or paced at a rate with each send time told to a probe. A send that fails for another reason than
 * a timeout fails the benchmark, whose figures would otherwise count articles that never arrived.
 */
final class ArticleSender {

    private ArticleSender() {
    }

    /** Returns how many articles were sent again after their sends timed out (0 normally). */
    static int send(Map<String, Object> client, String topic, List<GeneratedArticle> articles) throws InterruptedException {
        return send(client, topic, articles, null, 0);
    }

    /** How often articles whose sends timed out are sent again, each time with a new producer. */
    private static final int ATTEMPTS = 3;

    /**
     * @param probe told the send time of each article, or null; @param rate articles per second, 0 for no pacing
     *
     * <p>A producer can stall on a loaded machine until its batches expire ("the request has not been sent"); the
     * articles of such batches are sent again with a new producer. A batch that expired may still have been stored,
     * so an article can arrive twice: the pipeline treats a repeated article as no change, and the ceiling counts
     * distinct articles.
     *
     * @return how many articles were sent again, counting each attempt
     */
    static int send(Map<String, Object> client, String topic, List<GeneratedArticle> articles, LatencyProbe probe,
                     double rate) throws InterruptedException {
        List<GeneratedArticle> pending = articles;
        int resent = 0;
        for (int attempt = 1; ; attempt++) {
            Queue<GeneratedArticle> timedOut = new ConcurrentLinkedQueue<>();
            AtomicReference<Exception> failure = new AtomicReference<>();
            sendOnce(client, topic, pending, probe, attempt == 1 ? rate : 0, timedOut, failure);
            if (failure.get() != null) {
                throw new IllegalStateException("sending articles to " + topic + " failed: " + failure.get(),
                        failure.get());
            }
            if (timedOut.isEmpty()) {
                return resent;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("sending articles to " + topic + " failed: " + timedOut.size()
                        + " articles timed out " + ATTEMPTS + " times");
            }
            pending = new ArrayList<>(timedOut);
            resent += pending.size();
        }
    }

    private static void sendOnce(Map<String, Object> client, String topic, List<GeneratedArticle> articles,
                                 LatencyProbe probe, double rate, Queue<GeneratedArticle> timedOut,
                                 AtomicReference<Exception> failure) throws InterruptedException {
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
                    if (e instanceof TimeoutException) {
                        timedOut.add(a);
                    } else if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
    }
}
