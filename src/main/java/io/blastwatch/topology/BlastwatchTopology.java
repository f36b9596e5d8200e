package io.blastwatch.topology;

import io.blastwatch.alert.AlertProcessor;
import io.blastwatch.alert.AlertRule;
import io.blastwatch.dedup.IncidentDedupProcessor;
import io.blastwatch.dedup.IncidentVersionsProcessor;
import io.blastwatch.dedup.StoredMention;
import io.blastwatch.extract.ArticleDigest;
import io.blastwatch.extract.ExtractionProcessor;
import io.blastwatch.extract.Gazetteer;
import io.blastwatch.extract.IncidentExtractor;
import io.blastwatch.model.Alert;
import io.blastwatch.model.WindowCount;
import io.blastwatch.serde.JsonSerde;
import io.blastwatch.window.CountChange;
import io.blastwatch.window.CountableFacts;
import io.blastwatch.window.CountableIncidentProcessor;
import io.blastwatch.window.CountedIncident;
import io.blastwatch.window.RollingCountProcessor;
import io.blastwatch.window.RollingWindow;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The one place where the stages are joined:
 *
 * <pre>
 * articles-raw ──parse──┬─ rejected ──────────────────────────────────────────────▶ articles-dlq
 *                       └─ extract ─▶ incident-mentions (keyed by country|region)
 * incident-mentions ──dedup──▶ [last version per commit] ──▶ incidents (compacted, keyed by incident id, tombstones
 *                                                              for merged ids)
 * incidents ──index──▶ [count-changes-by-country] ──rolling count──▶ unexplained-explosion-counts
 *                                                       └──alerts──▶ alerts (keyed by alert id)
 * </pre>
 *
 * Each stage reads a topic of the contract and writes the next, so each can be watched, replayed and tested alone.
 */
public final class BlastwatchTopology {

    private BlastwatchTopology() {
    }

    public static Topology build(PipelineSettings settings, Gazetteer gazetteer) {
        StreamsBuilder builder = new StreamsBuilder();
        buildExtraction(builder, settings, new IncidentExtractor(gazetteer, settings.maxMentionsPerArticle()));
        buildDeduplication(builder, settings);
        KStream<String, WindowCount> counts = buildRollingCounts(builder, settings);
        buildAlerts(builder, counts, settings);
        return builder.build();
    }

    static void buildExtraction(StreamsBuilder builder, PipelineSettings settings, IncidentExtractor extractor) {
        builder.addStateStore(store(StoreNames.ARTICLE_DIGESTS, JsonSerde.of(ArticleDigest.class)));
        builder.addStateStore(store(StoreNames.ARTICLE_EXPIRY, Serdes.String()));
        builder.stream(Topics.ARTICLES_RAW.name(), consumed(Topics.ARTICLES_RAW, "articles-source"))
                .processValues(() -> new ArticleParsing(settings.maxArticleChars()), Named.as("parse-articles"))
                .split(Named.as("article-"))
                .branch((id, parsed) -> parsed.rejected(), Branched.withConsumer(rejected -> rejected
                        .map((key, parsed) -> KeyValue.pair(DeadLetters.shortKey(key), parsed.deadLetter()),
                                Named.as("to-dead-letter"))
                        .to(Topics.DEAD_LETTERS.name(), produced(Topics.DEAD_LETTERS, "dead-letters-sink")), "rejected"))
                .defaultBranch(Branched.withConsumer(valid -> valid
                        .mapValues(ParsedArticle::article, Named.as("unwrap-article"))
                        .process(() -> new ExtractionProcessor(extractor, StoreNames.ARTICLE_DIGESTS,
                                        StoreNames.ARTICLE_EXPIRY, settings.retention()),
                                Named.as("extract-incidents"), StoreNames.ARTICLE_DIGESTS, StoreNames.ARTICLE_EXPIRY)
                        .to(Topics.INCIDENT_MENTIONS.name(), produced(Topics.INCIDENT_MENTIONS, "mentions-sink")), "valid"));
    }

    static void buildDeduplication(StreamsBuilder builder, PipelineSettings settings) {
        builder.addStateStore(store(StoreNames.DEDUP_MENTIONS, JsonSerde.of(StoredMention.class)));
        builder.addStateStore(store(StoreNames.DEDUP_MENTION_INDEX, Serdes.String()));
        // The incidents as JSON bytes: deduplication writes each version once, for its store, the topic and the API.
        builder.addStateStore(store(StoreNames.DEDUP_INCIDENTS, Serdes.ByteArray()));
        builder.addStateStore(lastVersions());
        builder.stream(Topics.INCIDENT_MENTIONS.name(), consumed(Topics.INCIDENT_MENTIONS, "mentions-source"))
                .process(() -> new IncidentDedupProcessor(StoreNames.DEDUP_MENTIONS, StoreNames.DEDUP_MENTION_INDEX,
                                StoreNames.DEDUP_INCIDENTS, settings.maxSources(), settings.retention()),
                        Named.as("deduplicate-incidents"), StoreNames.DEDUP_MENTIONS, StoreNames.DEDUP_MENTION_INDEX,
                        StoreNames.DEDUP_INCIDENTS)
                .process(() -> new IncidentVersionsProcessor(StoreNames.INCIDENT_VERSIONS),
                        Named.as("last-incident-versions"), StoreNames.INCIDENT_VERSIONS)
                .to(Topics.INCIDENTS.name(), Produced.with(Topics.INCIDENTS.keySerde(), Serdes.ByteArray())
                        .withName("incidents-sink"));
    }

    /**
     * The cache in front of the incidents topic ({@link IncidentVersionsProcessor}): a record cache over a small
     * in-memory map without a changelog, since nothing reads the map.
     */
    private static StoreBuilder<KeyValueStore<String, byte[]>> lastVersions() {
        return Stores.keyValueStoreBuilder(Stores.lruMap(StoreNames.INCIDENT_VERSIONS, VERSION_MAP_ENTRIES),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled().withLoggingDisabled();
    }

    /** Entries of the in-memory map behind the cache of incident versions: its contents are never read. */
    private static final int VERSION_MAP_ENTRIES = 16;

    static KStream<String, WindowCount> buildRollingCounts(StreamsBuilder builder, PipelineSettings settings) {
        builder.addStateStore(store(StoreNames.WINDOW_INCIDENT_INDEX, JsonSerde.of(CountedIncident.class)));
        builder.addStateStore(store(StoreNames.WINDOW_COUNTED_INCIDENTS, Serdes.String()));
        builder.addStateStore(store(StoreNames.WINDOW_COUNTS, JsonSerde.of(WindowCount.class)));
        KStream<String, WindowCount> counts = builder
                .stream(Topics.INCIDENTS.name(), Consumed.with(Topics.INCIDENTS.keySerde(),
                        JsonSerde.of(CountableFacts.class)).withName("incidents-source"))
                .process(() -> new CountableIncidentProcessor(StoreNames.WINDOW_INCIDENT_INDEX),
                        Named.as("index-countable-incidents"), StoreNames.WINDOW_INCIDENT_INDEX)
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(CountChange.class))
                        .withName(StoreNames.COUNT_CHANGES_BY_COUNTRY))
                .process(() -> new RollingCountProcessor(StoreNames.WINDOW_COUNTED_INCIDENTS, StoreNames.WINDOW_COUNTS,
                                new RollingWindow(settings.windowMonths())),
                        Named.as("rolling-count"), StoreNames.WINDOW_COUNTED_INCIDENTS, StoreNames.WINDOW_COUNTS);
        counts.to(Topics.COUNTS.name(), produced(Topics.COUNTS, "counts-sink"));
        return counts;
    }

    static void buildAlerts(StreamsBuilder builder, KStream<String, WindowCount> counts, PipelineSettings settings) {
        builder.addStateStore(store(StoreNames.ALERT_STATE, JsonSerde.of(Alert.class)));
        builder.addStateStore(store(StoreNames.ALERT_PENDING, Serdes.String()));
        builder.addStateStore(store(StoreNames.ALERT_HELD, JsonSerde.of(Alert.class)));
        AlertRule rule = new AlertRule(settings.alertThreshold(), settings.windowMonths());
        counts.process(() -> new AlertProcessor(StoreNames.WINDOW_COUNTS, StoreNames.ALERT_STATE,
                                StoreNames.ALERT_PENDING, StoreNames.ALERT_HELD, rule, settings.alertSettle()),
                        Named.as("evaluate-alerts"), StoreNames.WINDOW_COUNTS, StoreNames.ALERT_STATE,
                        StoreNames.ALERT_PENDING, StoreNames.ALERT_HELD)
                .to(Topics.ALERTS.name(), produced(Topics.ALERTS, "alerts-sink"));
    }

    /**
     * A persistent store with Kafka Streams' record cache in front: a busy incident is rewritten with nearly every
     * report of it, and the cache turns the rewrites of one commit interval into one RocksDB write and one changelog
     * record. Without it the background flushes and compactions of those rewrites took more CPU than the processing.
     */
    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> valueSerde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), valueSerde)
                .withCachingEnabled();
    }

    private static <K, V> Consumed<K, V> consumed(Topic<K, V> topic, String name) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    private static <K, V> Produced<K, V> produced(Topic<K, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
