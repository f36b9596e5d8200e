package io.blastwatch.dedup;

import java.util.Map;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stored mentions, with the most recently used ones also kept as objects. Every new mention reads its whole
 * neighbourhood, mostly the same recent mentions again, and reading them back from JSON was most of the
 * deduplication's work. The store stays the truth: every write goes through here, and a new instance (each time
 * the processor is initialised, after a restore or a rollback) starts empty.
 */
final class MentionStore {

    private final KeyValueStore<String, StoredMention> store;
    private final Map<String, StoredMention> recent;

    MentionStore(KeyValueStore<String, StoredMention> store, int capacity) {
        this.store = store;
        this.recent = new LruMap<>(capacity);
    }

    StoredMention get(String mentionId) {
        StoredMention cached = recent.get(mentionId);
        if (cached != null) {
            return cached;
        }
        StoredMention stored = store.get(mentionId);
        if (stored != null) {
            recent.put(mentionId, stored);
        }
        return stored;
    }

    void put(String mentionId, StoredMention mention) {
        store.put(mentionId, mention);
        recent.put(mentionId, mention);
    }

    void delete(String mentionId) {
        store.delete(mentionId);
        recent.remove(mentionId);
    }

    KeyValueIterator<String, StoredMention> all() {
        return store.all();
    }
}
