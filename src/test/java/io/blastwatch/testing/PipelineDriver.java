package io.blastwatch.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.blastwatch.extract.Gazetteer;
import io.blastwatch.model.Alert;
import io.blastwatch.model.Article;
import io.blastwatch.model.DeadLetter;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.WindowCount;
import io.blastwatch.serde.Json;
import io.blastwatch.topology.BlastwatchTopology;
import io.blastwatch.topology.PipelineSettings;
import io.blastwatch.topology.Topic;
import io.blastwatch.topology.Topics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The whole topology in a {@link TopologyTestDriver}: articles in, every output topic read back, the latest value
 * per key kept as a compacted topic would keep it.
 */
public final class PipelineDriver implements AutoCloseable {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> articles;
    private final TestOutputTopic<String, IncidentMention> mentionsOut;
    private final TestOutputTopic<String, Incident> incidentsOut;
    private final TestOutputTopic<String, WindowCount> countsOut;
    private final TestOutputTopic<String, Alert> alertsOut;
    private final TestOutputTopic<String, DeadLetter> deadLettersOut;
    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final Map<String, WindowCount> counts = new LinkedHashMap<>();
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private final List<Alert> alertLog = new ArrayList<>();
    private final List<String> alertTombstones = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private long mentionRecords;
    private long incidentRecords;
    private final Map<String, Integer> largestRecords = new java.util.TreeMap<>();
    private final Map<String, TestInputTopic<byte[], byte[]>> rawInputs = new java.util.HashMap<>();
    private final PipelineSettings settings;
    private final java.nio.file.Path stateDir;

    public PipelineDriver() {
        this(PipelineSettings.defaults());
    }

    public PipelineDriver(PipelineSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "blastwatch-test-" + java.util.UUID.randomUUID());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            stateDir = java.nio.file.Files.createTempDirectory("blastwatch-driver-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                io.blastwatch.topology.DeadLetterHandlers.Deserialization.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                io.blastwatch.topology.DeadLetterHandlers.Processing.class);
        driver = new TopologyTestDriver(BlastwatchTopology.build(settings, GAZETTEER), props);
        articles = input(Topics.ARTICLES_RAW);
        mentionsOut = output(Topics.INCIDENT_MENTIONS);
        incidentsOut = output(Topics.INCIDENTS);
        countsOut = output(Topics.COUNTS);
        alertsOut = output(Topics.ALERTS);
        deadLettersOut = output(Topics.DEAD_LETTERS);
    }

    public static Gazetteer gazetteer() {
        return GAZETTEER;
    }

    private <K, V> TestInputTopic<K, V> input(Topic<K, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    /** Sends an article with its publication time as the record time, as ingestion does. */
    public PipelineDriver send(Article article) {
        Instant time = PublicationDates.instant(article.published()).orElse(TestArticles.INGESTED_AT);
        articles.pipeInput(new TestRecord<>(article.id(), Json.toBytes(article), time));
        return settle();
    }

    /** Sends an article without letting the wall clock move: one record of a batch that arrives at once. */
    public PipelineDriver pipe(Article article) {
        Instant time = PublicationDates.instant(article.published()).orElse(TestArticles.INGESTED_AT);
        articles.pipeInput(new TestRecord<>(article.id(), Json.toBytes(article), time));
        return this;
    }

    public PipelineDriver sendAll(List<Article> all) {
        all.forEach(this::send);
        return this;
    }

    /**
     * Puts any bytes on one of the pipeline's input topics, as a foreign producer could, without letting the counts
     * settle: call {@link #settle()} when a batch is done.
     */
    public PipelineDriver sendRaw(String topic, byte[] key, byte[] value) {
        rawInputs.computeIfAbsent(topic, t -> driver.createInputTopic(t, new ByteArraySerializer(), new ByteArraySerializer()))
                .pipeInput(new TestRecord<>(key, value, TestArticles.INGESTED_AT));
        return this;
    }

    /** Moves the wall clock on by {@code step}, as time passing while records keep arriving. */
    public PipelineDriver advance(Duration step) {
        driver.advanceWallClockTime(step);
        drain();
        return this;
    }

    /** Lets the counts settle and the alert evaluation run, as the wall clock would after each batch. */
    public PipelineDriver settle() {
        driver.advanceWallClockTime(settings.alertSettle().plus(Duration.ofMillis(1)));
        driver.advanceWallClockTime(settings.alertSettle().plus(Duration.ofMillis(1)));
        drain();
        return this;
    }

    private void drain() {
        for (TestRecord<String, IncidentMention> r : mentionsOut.readRecordsToList()) {
            mentionRecords++;
            noteSize(Topics.INCIDENT_MENTIONS, r.key(), r.value());
        }
        for (TestRecord<String, Incident> r : incidentsOut.readRecordsToList()) {
            incidentRecords++;
            noteSize(Topics.INCIDENTS, r.key(), r.value());
            if (r.value() == null) {
                incidents.remove(r.key());
            } else {
                incidents.put(r.key(), r.value());
            }
        }
        for (TestRecord<String, WindowCount> r : countsOut.readRecordsToList()) {
            noteSize(Topics.COUNTS, r.key(), r.value());
            if (r.value() == null) {
                counts.remove(r.key());
            } else {
                counts.put(r.key(), r.value());
            }
        }
        for (TestRecord<String, Alert> r : alertsOut.readRecordsToList()) {
            noteSize(Topics.ALERTS, r.key(), r.value());
            if (r.value() == null) {
                alerts.remove(r.key());
                alertTombstones.add(r.key());
            } else {
                alerts.put(r.key(), r.value());
                alertLog.add(r.value());
            }
        }
        for (TestRecord<String, DeadLetter> r : deadLettersOut.readRecordsToList()) {
            noteSize(Topics.DEAD_LETTERS, r.key(), r.value());
            deadLetters.add(r.value());
        }
    }

    private void noteSize(Topic<String, ?> topic, String key, Object value) {
        int bytes = (key == null ? 0 : key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                + (value == null ? 0 : Json.toBytes(value).length);
        largestRecords.merge(topic.name(), bytes, Math::max);
    }

    /** The largest record written to each output topic so far, key and value, in bytes. */
    public Map<String, Integer> largestRecords() {
        return largestRecords;
    }

    /** Records written to {@code incident-mentions} so far. */
    public long mentionRecords() {
        return mentionRecords;
    }

    /** Records written to {@code incidents} so far, updates and tombstones. */
    public long incidentRecords() {
        return incidentRecords;
    }

    public Map<String, Incident> incidents() {
        return incidents;
    }

    public Map<String, WindowCount> counts() {
        return counts;
    }

    /** The count of the window ending on a day: that of the latest change point at or before it. */
    public int countAt(String country, java.time.LocalDate end) {
        return counts.values().stream()
                .filter(c -> c.country().equals(country) && !c.windowEnd().isAfter(end))
                .max(java.util.Comparator.comparing(WindowCount::windowEnd))
                .map(WindowCount::count).orElse(0);
    }

    public Map<String, Alert> alerts() {
        return alerts;
    }

    /** The alert ids removed from the topic with a tombstone, in order. */
    public List<String> alertTombstones() {
        return alertTombstones;
    }

    /** Every alert record sent, in order, duplicates included; tombstones are in {@link #alertTombstones()}. */
    public List<Alert> alertLog() {
        return alertLog;
    }

    public List<DeadLetter> deadLetters() {
        return deadLetters;
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        try (var paths = java.nio.file.Files.walk(stateDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
