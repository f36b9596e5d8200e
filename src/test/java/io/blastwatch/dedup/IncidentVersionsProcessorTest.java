package io.blastwatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
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

class IncidentVersionsProcessorTest {

    private static final String STORE = "versions";

    /**
     * One input record that makes several versions ("a=1 b=1 a=2 c=- a=3"), as one article that a merge, a remerge
     * and an absorbed incident turn into several records: the driver commits after each input, so what one input
     * forwards is what one commit holds.
     */
    @Test
    void shouldSendOnlyTheLastVersionOfEachIncidentOfACommit() {
        try (TopologyTestDriver driver = driver(true)) {
            driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer())
                    .pipeInput("x", "a=1 b=1 a=2 c=- a=3");

            assertThat(sent(driver)).containsExactlyInAnyOrder(KeyValue.pair("a", "3"), KeyValue.pair("b", "1"),
                    KeyValue.pair("c", null));
        }
    }

    /** The next commit sends what changed since, and a tombstone even for a key the store behind the cache lacks. */
    @Test
    void shouldSendEachCommitsVersionsAndTombstonesOfKeysNeverSeen() {
        try (TopologyTestDriver driver = driver(true)) {
            var in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());

            in.pipeInput("x", "a=1 b=1");
            assertThat(sent(driver)).hasSize(2);
            in.pipeInput("x", "b=2 b=3 z=-");

            assertThat(sent(driver)).containsExactlyInAnyOrder(KeyValue.pair("b", "3"), KeyValue.pair("z", null));
        }
    }

    /** What reached the output topic since the last call, values as text. */
    private static List<KeyValue<String, String>> sent(TopologyTestDriver driver) {
        List<KeyValue<String, String>> sent = new ArrayList<>();
        for (TestRecord<String, byte[]> r : driver.createOutputTopic("out", Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer()).readRecordsToList()) {
            sent.add(KeyValue.pair(r.key(), r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
        }
        return sent;
    }

    @Test
    void shouldRefuseAStoreWithoutCaching() {
        assertThatThrownBy(() -> driver(false).close()).hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("needs caching");
    }

    private static TopologyTestDriver driver(boolean caching) {
        StoreBuilder<KeyValueStore<String, byte[]>> store = Stores.keyValueStoreBuilder(Stores.lruMap(STORE, 4),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled();
        if (caching) {
            store = store.withCachingEnabled();
        }
        Topology topology = new Topology();
        topology.addSource("source", Serdes.String().deserializer(), Serdes.String().deserializer(), "in");
        topology.addProcessor("versions-of-one-input", VersionsOfOneInput::new, "source");
        topology.addProcessor("last-versions", () -> new IncidentVersionsProcessor(STORE), "versions-of-one-input");
        topology.addStateStore(store, "last-versions");
        topology.addSink("sink", "out", Serdes.String().serializer(), Serdes.ByteArray().serializer(), "last-versions");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "versions-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(topology, props);
    }

    /** Forwards "key=value" pairs of its input as separate records; "-" is a tombstone. */
    private static final class VersionsOfOneInput implements Processor<String, String, String, byte[]> {
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
                context.forward(new Record<>(kv[0], value, record.timestamp()));
            }
        }
    }
}
