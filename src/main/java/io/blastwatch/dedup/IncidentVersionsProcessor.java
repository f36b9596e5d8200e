package io.blastwatch.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
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
 * <p><b>A version that comes back is not sent again.</b> Within one commit an incident can change and change back
 * (A, B, A): the cache then holds A, which the topic already has as its last record. Every version arrives with the
 * fingerprint of the one deduplication held before it ({@link VersionHash#BEFORE_HEADER}), which is the one last sent:
 * deduplication forwards every change and nothing else, and this processor drops only versions equal to what was sent.
 * The first version of an incident in a flush cycle records that fingerprint; when the cache flushes the incident, a
 * version with the same fingerprint is dropped, and so is a tombstone of an incident that had no version before (made
 * and absorbed within the cycle, never sent). The header goes no further than this processor.
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
    /**
     * Set when Kafka Streams runs without a record cache ({@code statestore.cache.max.bytes} 0, which leaves every
     * store uncached): then versions pass through as they come.
     */
    private ProcessorContext<String, byte[]> passThrough;
    /**
     * For each incident in the cache since its last flush: the fingerprint of the version sent before, empty when none
     * was. Holds no more keys than the cache holds dirty entries.
     */
    private final Map<String, Optional<Long>> sentBefore = new HashMap<>();

    public IncidentVersionsProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void init(ProcessorContext<String, byte[]> context) {
        // A task whose transaction was aborted may be initialised again with the same processors; its cache starts
        // empty then, and so must what this processor remembers of the versions in it.
        sentBefore.clear();
        passThrough = null;
        versions = context.getStateStore(storeName);
        InternalProcessorContext<String, byte[]> internal = (InternalProcessorContext<String, byte[]>) context;
        ProcessorNode<?, ?, ?, ?> self = internal.currentNode();
        boolean cached = ((WrappedStateStore<?, String, byte[]>) versions).setFlushListener(record -> {
            byte[] value = record.value().newValue;
            byte[] json = value == null || value.length == 0 ? null : value;
            if (sameAsSent(record.key(), json)) {
                return;
            }
            // A flush runs at a commit, outside any processor, or inside another store's put: forward as this node.
            ProcessorNode<?, ?, ?, ?> current = internal.currentNode();
            internal.setCurrentNode(self);
            try {
                internal.forward(record.withValue(json));
            } finally {
                internal.setCurrentNode(current);
            }
        }, false);
        if (!cached) {
            // Without a cache every version is a change from the one before it, as deduplication sends them.
            passThrough = context;
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Header before = record.headers().lastHeader(VersionHash.BEFORE_HEADER);
        // The cache keeps the record's headers and the sink would write them: this one is for us only.
        record.headers().remove(VersionHash.BEFORE_HEADER);
        if (passThrough != null) {
            passThrough.forward(record);
            return;
        }
        if (before != null) {
            sentBefore.putIfAbsent(record.key(), Optional.ofNullable(VersionHash.fromHeader(before.value())));
        }
        versions.put(record.key(), record.value() == null ? TOMBSTONE : record.value());
    }

    /** Whether the flushed version (null: a tombstone) is the one last sent for this incident, and ends its cycle. */
    private boolean sameAsSent(String key, byte[] json) {
        Optional<Long> before = sentBefore.remove(key);
        if (before == null) {
            return false; // a version without a fingerprint: sent as it is
        }
        return json == null ? before.isEmpty() : before.equals(Optional.of(VersionHash.of(json)));
    }
}
