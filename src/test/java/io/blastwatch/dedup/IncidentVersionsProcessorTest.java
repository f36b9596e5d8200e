package io.blastwatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The driver commits after each input record, so what one input forwards ("a=1 b=1 a=2", "c=-" a tombstone) is what
 * one commit holds. Upstream of the processor, {@link ChangesOfOneInput} stands in for deduplication: it forwards
 * every change and nothing else, each with the fingerprint of the value it replaces.
 */
class IncidentVersionsProcessorTest {

    private static final String STORE = "versions";
    /** Room for a few versions: enough to keep a commit's worth in these tests. */
    private static final long ROOMY_CACHE = 1 << 20;

    @Test
    void shouldSendOnlyTheLastVersionOfEachIncidentOfACommit() {
        try (TopologyTestDriver driver = driver(true, ROOMY_CACHE)) {
            input(driver).pipeInput("x", "a=1 b=1 a=2 a=3");

            assertThat(sent(driver)).containsExactlyInAnyOrder(KeyValue.pair("a", "3"), KeyValue.pair("b", "1"));
        }
    }

    /** The map behind the cache holds four keys: "a" has left it, and its tombstone must go out all the same. */
    @Test
    void shouldSendATombstoneOfAnIncidentSentBeforeEvenWhenTheMapBehindTheCacheLostIt() {
        try (TopologyTestDriver driver = driver(true, ROOMY_CACHE)) {
            var in = input(driver);
            in.pipeInput("x", "a=1 b=1 c=1 d=1 e=1");
            assertThat(sent(driver)).hasSize(5);

            in.pipeInput("x", "a=- b=2 b=3");

            assertThat(sent(driver)).containsExactlyInAnyOrder(KeyValue.pair("a", null), KeyValue.pair("b", "3"));
        }
    }

    @Test
    void shouldNotSendAgainAVersionThatCameBackWithinACommit() {
        try (TopologyTestDriver driver = driver(true, ROOMY_CACHE)) {
            var in = input(driver);
            in.pipeInput("x", "a=1 b=1");
            sent(driver);

            in.pipeInput("x", "a=2 a=1 b=- b=1");
            assertThat(sent(driver)).as("a and b came back to what was sent").isEmpty();

            in.pipeInput("x", "a=2");
            assertThat(sent(driver)).as("the next change still goes out").containsExactly(KeyValue.pair("a", "2"));
        }
    }

    @Test
    void shouldNotSendAnIncidentMadeAndAbsorbedWithinACommit() {
        try (TopologyTestDriver driver = driver(true, ROOMY_CACHE)) {
            input(driver).pipeInput("x", "a=1 b=1 a=-");

            assertThat(sent(driver)).containsExactly(KeyValue.pair("b", "1"));
        }
    }

    /**
     * A cache with no room flushes at every write, so each version is its own cycle: every change goes out, in order,
     * and a version equal to the one just sent never does.
     */
    @Test
    void shouldSendEveryChangeOnceWhenTheCacheFlushesAtEachWrite() {
        try (TopologyTestDriver driver = driver(true, 1)) {
            input(driver).pipeInput("x", "a=1 a=2 a=1 a=- a=1");

            assertThat(sent(driver)).containsExactly(KeyValue.pair("a", "1"), KeyValue.pair("a", "2"),
                    KeyValue.pair("a", "1"), KeyValue.pair("a", null), KeyValue.pair("a", "1"));
        }
    }

    /** A version that came without a fingerprint (another producer of versions) is sent as it is. */
    @Test
    void shouldSendAVersionWithoutAFingerprint() {
        try (TopologyTestDriver driver = driver(true, ROOMY_CACHE)) {
            var in = input(driver);
            in.pipeInput("x", "a=1");
            sent(driver);

            in.pipeInput("x", "!a=1");

            assertThat(sent(driver)).containsExactly(KeyValue.pair("a", "1"));
        }
    }

    @Test
    void shouldKeepTheFingerprintOffTheTopic() {
        try (TopologyTestDriver driver = driver(true, ROOMY_CACHE)) {
            input(driver).pipeInput("x", "a=1 b=1 b=2");

            List<TestRecord<String, byte[]>> records = output(driver).readRecordsToList();
            assertThat(records).hasSize(2);
            assertThat(records).allSatisfy(r -> assertThat(r.headers().lastHeader(VersionHash.BEFORE_HEADER))
                    .isNull());
        }
    }

    /** A store without caching, as {@code statestore.cache.max.bytes} 0 makes every store: every change goes out. */
    @Test
    void shouldPassEveryChangeThroughWithoutACache() {
        for (boolean caching : new boolean[] {false, true}) {
            try (TopologyTestDriver driver = driver(caching, caching ? 0 : ROOMY_CACHE)) {
                input(driver).pipeInput("x", "a=1 a=2 b=1 a=-");

                List<TestRecord<String, byte[]>> records = output(driver).readRecordsToList();
                assertThat(records).extracting(TestRecord::key).as("caching %s", caching)
                        .containsExactly("a", "a", "b", "a");
                assertThat(records).allSatisfy(r -> assertThat(r.headers().lastHeader(VersionHash.BEFORE_HEADER))
                        .isNull());
            }
        }
    }

    private static TestInputTopic<String, String> input(TopologyTestDriver driver) {
        return driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
    }

    private static org.apache.kafka.streams.TestOutputTopic<String, byte[]> output(TopologyTestDriver driver) {
        return driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    /** What reached the output topic since the last call, values as text. */
    private static List<KeyValue<String, String>> sent(TopologyTestDriver driver) {
        List<KeyValue<String, String>> sent = new ArrayList<>();
        for (TestRecord<String, byte[]> r : output(driver).readRecordsToList()) {
            sent.add(KeyValue.pair(r.key(), r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
        }
        return sent;
    }

    private static TopologyTestDriver driver(boolean caching, long cacheBytes) {
        StoreBuilder<KeyValueStore<String, byte[]>> store = Stores.keyValueStoreBuilder(Stores.lruMap(STORE, 4),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled();
        if (caching) {
            store = store.withCachingEnabled();
        }
        Topology topology = new Topology();
        topology.addSource("source", Serdes.String().deserializer(), Serdes.String().deserializer(), "in");
        topology.addProcessor("changes-of-one-input", ChangesOfOneInput::new, "source");
        topology.addProcessor("last-versions", () -> new IncidentVersionsProcessor(STORE), "changes-of-one-input");
        topology.addStateStore(store, "last-versions");
        topology.addSink("sink", "out", Serdes.String().serializer(), Serdes.ByteArray().serializer(), "last-versions");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "versions-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, cacheBytes);
        return new TopologyTestDriver(topology, props);
    }

    /**
     * Forwards the "key=value" pairs of its input that change the key's value ("-" deletes it), each with the
     * fingerprint of the value before, as deduplication does; "!key=value" is forwarded as it is, without one.
     */
    private static final class ChangesOfOneInput implements Processor<String, String, String, byte[]> {
        private final Map<String, byte[]> current = new HashMap<>();
        private ProcessorContext<String, byte[]> context;

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, String> record) {
            for (String pair : record.value().split(" ")) {
                String[] kv = pair.split("=");
                byte[] value = kv[1].equals("-") ? null : kv[1].getBytes(StandardCharsets.UTF_8);
                if (kv[0].startsWith("!")) {
                    context.forward(new Record<>(kv[0].substring(1), value, record.timestamp()));
                    continue;
                }
                byte[] before = current.get(kv[0]);
                if (java.util.Arrays.equals(before, value)) {
                    continue;
                }
                Long fingerprint = before == null ? null : VersionHash.of(before);
                var headers = new RecordHeaders().add(VersionHash.BEFORE_HEADER, VersionHash.header(fingerprint));
                context.forward(new Record<>(kv[0], value, record.timestamp(), headers));
                if (value == null) {
                    current.remove(kv[0]);
                } else {
                    current.put(kv[0], value);
                }
            }
        }
    }
}
