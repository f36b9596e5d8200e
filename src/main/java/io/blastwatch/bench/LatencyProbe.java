package io.blastwatch.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Incident;
import io.blastwatch.model.Source;
import io.blastwatch.serde.Json;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A downstream consumer of {@code incidents} and {@code alerts}, reading committed records only as real consumers
 * do, that times each article from its send to the first incident record listing it, and each alert record that
 * brings new incidents into its alert from the send of the latest article behind them.
 */
final class LatencyProbe implements AutoCloseable {

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> incidentsOfAlert = new HashMap<>();
    private final Map<String, Set<String>> articlesOfIncident = new HashMap<>();
    private final Set<String> seenArticles = new HashSet<>();
    private final LatencySamples incidents = new LatencySamples();
    private final LatencySamples alerts = new LatencySamples();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    LatencyProbe(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.INCIDENTS.name(), Topics.ALERTS.name())) {
            for (PartitionInfo p : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before any article is sent
        thread = new Thread(this::poll, "latency-probe");
        thread.start();
    }

    void sent(String articleId, long nanos) {
        sentAt.put(articleId, nanos);
    }

    /** Articles sent so far. */
    long sentCount() {
        return sentAt.size();
    }

    LatencySamples incidents() {
        return incidents;
    }

    LatencySamples alerts() {
        return alerts;
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                long now = System.nanoTime();
                if (r.value() == null) {
                    continue;
                }
                if (r.topic().equals(Topics.INCIDENTS.name())) {
                    incident(Json.fromBytes(r.value(), Incident.class), now);
                } else {
                    alert(Json.fromBytes(r.value(), Alert.class), now);
                }
            }
        }
    }

    private void incident(Incident incident, long now) {
        Set<String> articles = articlesOfIncident.computeIfAbsent(incident.id(), id -> new HashSet<>());
        for (Source source : incident.sources()) {
            List<String> ids = new ArrayList<>(source.syndicatedCopies());
            ids.add(source.articleId());
            for (String id : ids) {
                articles.add(id);
                Long sent = sentAt.get(id);
                if (sent != null && seenArticles.add(id)) {
                    incidents.add(now - sent, sent);
                }
            }
        }
    }

    /**
     * A FIRING record that brings incidents into its alert's crossing window (the first record of an alert brings
     * all of them), timed from the latest article of those incidents: the report that raised or grew the alert.
     * Other records of the same alert (its episode prolonged by an incident outside that window) have their cause
     * elsewhere; timing them from the window's articles would measure the age of the episode, not the pipeline.
     */
    private void alert(Alert alert, long now) {
        if (alert.status() != AlertStatus.FIRING) {
            return;
        }
        Set<String> before = incidentsOfAlert.put(alert.id(), Set.copyOf(alert.incidentIds()));
        long latestSend = Long.MIN_VALUE;
        for (String incidentId : alert.incidentIds()) {
            if (before != null && before.contains(incidentId)) {
                continue;
            }
            for (String article : articlesOfIncident.getOrDefault(incidentId, Set.of())) {
                Long sent = sentAt.get(article);
                if (sent != null) {
                    latestSend = Math.max(latestSend, sent);
                }
            }
        }
        if (latestSend != Long.MIN_VALUE) {
            alerts.add(now - latestSend, latestSend);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
        consumer.close();
    }
}
