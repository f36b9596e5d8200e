package io.blastwatch.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.blastwatch.topology.StoreNames;
import io.blastwatch.topology.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code GET /metrics} in Prometheus text format: every Kafka Streams and client metric (through Micrometer), the
 * records on the pipeline's topics (articles in, mentions, incident updates, dead letters), the incidents in this
 * instance's store and the largest consumer lag.
 */
public final class MetricsHandler implements HttpHandler, AutoCloseable {

    private static final long OFFSETS_TTL_MS = 10_000;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private static final long INCIDENT_COUNT_REUSE_NANOS = 10_000_000_000L;
    private double incidentCount = Double.NaN;
    private long incidentCountAt;
    private final Admin admin;
    private final KafkaStreams streams;
    private Map<String, Long> topicRecords = Map.of();
    private long topicRecordsAt;

    public MetricsHandler(KafkaStreams streams, Map<String, Object> clientProperties) {
        this.streams = streams;
        this.admin = Admin.create(clientProperties);
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        for (String topic : List.of(Topics.ARTICLES_RAW.name(), Topics.INCIDENT_MENTIONS.name(), Topics.INCIDENTS.name(),
                Topics.DEAD_LETTERS.name(), Topics.ALERTS.name())) {
            Gauge.builder("blastwatch_topic_records", () -> topicRecords().getOrDefault(topic, 0L))
                    .description("Records on the topic (end minus start offset, transaction markers included)")
                    .tag("topic", topic).register(registry);
        }
        Gauge.builder("blastwatch_incidents", this::localIncidents)
                .description("Incidents in this instance's deduplication store").register(registry);
        Gauge.builder("blastwatch_consumer_lag_max", this::maxLag)
                .description("Largest lag, in records, of any partition the pipeline reads").register(registry);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            HttpResponses.error(exchange, 405, "only GET is allowed");
            return;
        }
        byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Topic sizes from the brokers, asked at most every ten seconds. */
    private synchronized Map<String, Long> topicRecords() {
        long now = System.currentTimeMillis();
        if (now - topicRecordsAt < OFFSETS_TTL_MS) {
            return topicRecords;
        }
        topicRecordsAt = now;
        try {
            List<String> names = List.of(Topics.ARTICLES_RAW.name(), Topics.INCIDENT_MENTIONS.name(),
                    Topics.INCIDENTS.name(), Topics.DEAD_LETTERS.name(), Topics.ALERTS.name());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS).values().forEach(d ->
                    d.partitions().forEach(p -> {
                        TopicPartition tp = new TopicPartition(d.name(), p.partition());
                        latest.put(tp, OffsetSpec.latest());
                        earliest.put(tp, OffsetSpec.earliest());
                    }));
            var ends = admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
            var starts = admin.listOffsets(earliest).all().get(5, TimeUnit.SECONDS);
            Map<String, Long> records = new HashMap<>();
            ends.forEach((tp, end) -> records.merge(tp.topic(), end.offset() - starts.get(tp).offset(), Long::sum));
            topicRecords = records;
        } catch (Exception e) {
            // keep the last figures; the brokers will answer at the next scrape
        }
        return topicRecords;
    }

    /**
     * The incidents in this instance's store, counted exactly: RocksDB's own figure is an estimate that can be off
     * by a third. A count is reused for ten seconds, so that frequent scrapes do not walk the store each time.
     */
    private synchronized double localIncidents() {
        long now = System.nanoTime();
        if (!Double.isNaN(incidentCount) && now - incidentCountAt < INCIDENT_COUNT_REUSE_NANOS) {
            return incidentCount;
        }
        try {
            ReadOnlyKeyValueStore<Object, Object> store = streams.store(StoreQueryParameters.fromNameAndType(
                    StoreNames.DEDUP_INCIDENTS, QueryableStoreTypes.keyValueStore()));
            long count = 0;
            try (KeyValueIterator<Object, Object> it = store.all()) {
                while (it.hasNext()) {
                    it.next();
                    count++;
                }
            }
            incidentCount = count;
            incidentCountAt = now;
            return count;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double maxLag() {
        double max = 0;
        for (var e : streams.metrics().entrySet()) {
            if (e.getKey().name().equals("records-lag") && e.getValue().metricValue() instanceof Number n
                    && !Double.isNaN(n.doubleValue())) {
                max = Math.max(max, n.doubleValue());
            }
        }
        return max;
    }

    @Override
    public void close() {
        streamsMetrics.close();
        admin.close();
        registry.close();
    }
}
