package io.blastwatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.blastwatch.topology.PipelineSettings;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.streams.StreamsConfig;

/**
 * blastwatch's own settings, each with its documentation; every other key is a Kafka client setting and passes
 * through unchanged to the streams, producer, consumer and admin clients (a real cluster needs its SASL/SSL keys).
 */
public final class BlastwatchConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String APPLICATION_ID = "application.id";
    public static final String DATA_DIR = "data.dir";
    public static final String BROKER_PORT = "broker.port";
    public static final String BROKER_CONTROLLER_PORT = "broker.controller.port";
    public static final String STREAM_THREADS = "stream.threads";
    public static final String PROCESSING_GUARANTEE = "processing.guarantee";
    public static final String STATE_MEMORY_MB = "state.memory.mb";
    public static final String WINDOW_MONTHS = "window.months";
    public static final String ALERT_THRESHOLD = "alert.threshold";
    public static final String ALERT_SETTLE_MS = "alert.settle.ms";
    public static final String DEDUP_RETENTION_DAYS = "dedup.retention.days";
    public static final String INCIDENT_MAX_SOURCES = "incident.max.sources";
    public static final String EXTRACT_MAX_MENTIONS = "extract.max.mentions";
    public static final String EXTRACT_MAX_ARTICLE_CHARS = "extract.max.article.chars";
    public static final String HTTP_PORT = "http.port";
    public static final String HTTP_BIND = "http.bind";
    public static final String HTTP_ADVERTISED_HOST = "http.advertised.host";

    static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, "", Importance.HIGH,
                    "Kafka cluster to use, host:port[,host:port]. Empty: start the embedded single-node broker.")
            .define(APPLICATION_ID, Type.STRING, "blastwatch", Importance.HIGH,
                    "Kafka Streams application id: instances with the same id share the work; it prefixes internal topics.")
            .define(DATA_DIR, Type.STRING, "./data", Importance.HIGH,
                    "Directory for the embedded broker's logs and the local state stores; survives restarts.")
            .define(BROKER_PORT, Type.INT, 9092, Range.between(0, 65535), Importance.MEDIUM,
                    "Client port of the embedded broker on 127.0.0.1 (run only; 0 picks a free port).")
            .define(BROKER_CONTROLLER_PORT, Type.INT, 9093, Range.between(0, 65535), Importance.LOW,
                    "KRaft controller port of the embedded broker on 127.0.0.1 (run only; 0 picks a free port).")
            .define(STREAM_THREADS, Type.INT, 2, Range.between(1, 64), Importance.MEDIUM,
                    "Stream threads per instance.")
            .define(STATE_MEMORY_MB, Type.INT, 256, Range.between(8, 65_536), Importance.MEDIUM,
                    "Native memory shared by all local state stores (RocksDB block cache and memtables), in MB.")
            .define(PROCESSING_GUARANTEE, Type.STRING, "exactly_once_v2",
                    ConfigDef.ValidString.in("exactly_once_v2", "at_least_once"), Importance.MEDIUM,
                    "exactly_once_v2 (default) or at_least_once.")
            .define(WINDOW_MONTHS, Type.INT, 4, Range.between(1, 120), Importance.HIGH,
                    "Length of the rolling window in calendar months.")
            .define(ALERT_THRESHOLD, Type.INT, 5, Range.atLeast(1), Importance.HIGH,
                    "Rolling count at which an alert fires.")
            .define(ALERT_SETTLE_MS, Type.LONG, 300L, Range.between(10, 60_000), Importance.LOW,
                    "How long count updates settle before alerts are evaluated, in milliseconds.")
            .define(DEDUP_RETENTION_DAYS, Type.INT, 1825, Range.atLeast(30), Importance.MEDIUM,
                    "Extraction and deduplication remember articles and mentions dated within this many days of the "
                            + "latest publication time.")
            .define(INCIDENT_MAX_SOURCES, Type.INT, PipelineSettings.defaults().maxSources(), Range.between(1, 10_000),
                    Importance.LOW, "Sources listed per incident record, the first reports; counts of outlets and "
                            + "mentions stay exact beyond it. Each report of an incident rewrites the list.")
            .define(EXTRACT_MAX_MENTIONS, Type.INT, 50, Range.between(1, 1000), Importance.LOW,
                    "Incidents taken from one article at most.")
            .define(EXTRACT_MAX_ARTICLE_CHARS, Type.INT, 400_000, Range.between(1000, 5_000_000), Importance.LOW,
                    "Longer articles are dead-lettered instead of processed.")
            .define(HTTP_PORT, Type.INT, 8080, Range.between(0, 65535), Importance.MEDIUM,
                    "Port of the HTTP endpoints of run (0 picks a free port).")
            .define(HTTP_BIND, Type.STRING, "127.0.0.1", Importance.MEDIUM,
                    "Address the HTTP endpoints bind to; localhost unless told otherwise.")
            .define(HTTP_ADVERTISED_HOST, Type.STRING, "", Importance.LOW,
                    "Host name other instances use to reach this one's HTTP endpoints (application.server). "
                            + "Default: http.bind, or this machine's name when binding to all addresses.");

    private static final List<String> KAFKA_PREFIXES = List.of("main.consumer.", "restore.consumer.",
            "global.consumer.", "consumer.", "producer.", "admin.");
    private static final Set<String> KAFKA_NAMES = kafkaNames();
    private static final Set<String> SECRET_MARKERS = Set.of("password", "secret", "jaas", "token", "credential", "key");

    public BlastwatchConfig(Map<String, ?> values) {
        super(DEFINITION, values, false);
    }

    public static ConfigDef definition() {
        return DEFINITION;
    }

    public boolean embeddedBroker() {
        return getString(BOOTSTRAP_SERVERS).isBlank();
    }

    /** The host other instances reach this one's HTTP endpoints at. */
    public String advertisedHost() {
        String configured = getString(HTTP_ADVERTISED_HOST);
        if (!configured.isBlank()) {
            return configured;
        }
        String bind = getString(HTTP_BIND);
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            return bind;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    public Path dataDir() {
        return Path.of(getString(DATA_DIR));
    }

    public PipelineSettings pipelineSettings() {
        return new PipelineSettings(getInt(WINDOW_MONTHS), getInt(ALERT_THRESHOLD),
                Duration.ofMillis(getLong(ALERT_SETTLE_MS)), getInt(DEDUP_RETENTION_DAYS),
                getInt(INCIDENT_MAX_SOURCES), getInt(EXTRACT_MAX_MENTIONS), getInt(EXTRACT_MAX_ARTICLE_CHARS));
    }

    /** Kafka client settings: every key that is not one of blastwatch's own. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> client = new HashMap<>();
        originals().forEach((key, value) -> {
            if (!DEFINITION.names().contains(key)) {
                client.put(key, value);
            }
        });
        return client;
    }

    /**
     * Why a setting's name is unknown, or empty when it is one of blastwatch's or a Kafka client's or Kafka Streams'
     * (also with the {@code producer.}, {@code consumer.}, {@code admin.} prefixes Kafka Streams understands). A typo
     * like {@code alert.treshold} would otherwise go to Kafka, which ignores it with a warning in a log.
     */
    public static Optional<String> unknownSetting(String key) {
        String bare = key;
        for (String prefix : KAFKA_PREFIXES) {
            if (key.startsWith(prefix)) {
                bare = key.substring(prefix.length());
                break;
            }
        }
        if (DEFINITION.names().contains(key) || KAFKA_NAMES.contains(bare)) {
            return Optional.empty();
        }
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String name : DEFINITION.names()) {
            int d = distance(key, name);
            if (d < best) {
                best = d;
                closest = name;
            }
        }
        for (String name : KAFKA_NAMES) {
            int d = distance(bare, name);
            if (d < best) {
                best = d;
                closest = key.substring(0, key.length() - bare.length()) + name;
            }
        }
        return Optional.of("unknown setting " + key + (best <= 3 ? "; did you mean " + closest + "?"
                : "; the README lists blastwatch's settings, and any Kafka client or Streams setting is accepted"));
    }

    private static Set<String> kafkaNames() {
        Set<String> names = new HashSet<>();
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        names.addAll(StreamsConfig.configDef().names());
        return Set.copyOf(names);
    }

    /** Edit distance, for suggesting the setting a typo meant. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The settings as supplied, for a person to check at start-up; credentials show as {@code [hidden]}. */
    public String supplied() {
        StringBuilder line = new StringBuilder();
        new TreeMap<>(originals()).forEach((key, value) -> line.append(line.isEmpty() ? "" : ", ")
                .append(key).append('=').append(secret(key) ? "[hidden]" : value));
        return line.toString();
    }

    /** Whether a setting's value must never be printed. */
    public static boolean secret(String key) {
        String lower = key.toLowerCase();
        return SECRET_MARKERS.stream().anyMatch(lower::contains) && !lower.endsWith(".type") && !lower.contains("serializer");
    }
}
