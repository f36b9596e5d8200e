package io.blastwatch.dedup;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * Passes on only the last version of each incident per commit, as Kafka Streams does for a table with a record cache.
 *
 * <p>A busy incident changes with nearly every report, and the roundups that list it reach it many times a second in
 * a replay: in a 100,000-article run, each commit's transaction held 2.3 versions of an incident on average, each
 * record 6 to 16 KB, and the {@code incidents} topic took ten times the bytes of the articles in. Deduplication
 * forwards every version to this processor, which writes it to a store with caching; the cache keeps the last version
 * per incident, and when it is flushed (at each commit, before the offsets of the articles that made the versions,
 * or earlier when it is full) each one is sent on. Nothing is lost under exactly-once, and a consumer reads only
 * committed records anyway.
 *
 * <p>The store behind the cache is never read: it may be a small in-memory map without a changelog. A tombstone is
 * kept in the cache as an empty value, because a cache flushes a deletion only when the store behind it holds the key.
 * The listener that the cache calls is Kafka Streams' own mechanism for tables; it is reached through its internal
 * interfaces, as the library's table processors reach it.
 */
public final class IncidentVersionsProcessor implements Processor<String, byte[], String, byte[]> {

    private static final byte[] TOMBSTONE = new byte[0];

    private final String storeName;
    private KeyValueStore<String, byte[]> versions;

    public IncidentVersionsProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void init(ProcessorContext<String, byte[]> context) {
        versions = context.getStateStore(storeName);
        InternalProcessorContext<String, byte[]> internal = (InternalProcessorContext<String, byte[]>) context;
        ProcessorNode<?, ?, ?, ?> self = internal.currentNode();
        boolean cached = ((WrappedStateStore<?, String, byte[]>) versions).setFlushListener(record -> {
            // A flush runs at a commit, outside any processor, or inside another store's put: forward as this node.
            ProcessorNode<?, ?, ?, ?> current = internal.currentNode();
            internal.setCurrentNode(self);
            try {
                byte[] value = record.value().newValue;
                internal.forward(record.withValue(value == null || value.length == 0 ? null : value));
            } finally {
                internal.setCurrentNode(current);
            }
        }, false);
        if (!cached) {
            throw new IllegalStateException("the store " + storeName
                    + " needs caching enabled to hold the last versions");
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        versions.put(record.key(), record.value() == null ? TOMBSTONE : record.value());
    }
}
