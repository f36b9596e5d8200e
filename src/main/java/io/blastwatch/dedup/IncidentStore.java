package io.blastwatch.dedup;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import io.blastwatch.model.Incident;
import io.blastwatch.serde.Json;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The last emitted state of every incident, as the JSON that went out, with the fingerprint ({@link VersionHash}) of
 * the recently written ones kept in memory.
 *
 * <p>The JSON is written once and serves three readers: the store, the {@code incidents} topic and the query API. A
 * typed store and a typed sink each wrote it again, and a busy incident is rewritten with nearly every new report of
 * it. Comparing bytes also decides a change without reading the previous record back as an object; a differing hash
 * proves the change without reading it at all. An equal hash still compares the stored bytes, so a collision can
 * never hide an update.
 */
final class IncidentStore {

    private final KeyValueStore<String, byte[]> store;
    private final Map<String, Long> recentHashes;

    IncidentStore(KeyValueStore<String, byte[]> store, int capacity) {
        this.store = store;
        this.recentHashes = new LruMap<>(capacity);
    }

    /**
     * Stores the incident when it differs from its last emitted state.
     *
     * @return its JSON and the fingerprint of the state it replaces, to be emitted, or null when nothing changed
     */
    Written putIfChanged(Incident incident) {
        byte[] json = Json.toBytes(incident);
        long hash = VersionHash.of(json);
        Long before = recentHashes.get(incident.id());
        if (before == null || before == hash) {
            byte[] stored = store.get(incident.id());
            if (Arrays.equals(json, stored)) {
                recentHashes.put(incident.id(), hash);
                return null;
            }
            before = VersionHash.ofStored(stored);
        }
        store.put(incident.id(), json);
        recentHashes.put(incident.id(), hash);
        return new Written(json, before);
    }

    /**
     * A version to emit: its JSON, and the fingerprint of the version it replaces (null when there was none), which
     * lets the cache of last versions drop a version that returned, within one commit, to the one sent before.
     */
    record Written(byte[] json, Long before) {
        Written {
            Objects.requireNonNull(json);
        }
    }

    /** The incident as last emitted, or null. Read on the rare paths: undated reports, remerges, the purge. */
    Incident get(String id) {
        byte[] json = store.get(id);
        return json == null ? null : Json.fromBytes(json, Incident.class);
    }

    boolean contains(String id) {
        return recentHashes.containsKey(id) || store.get(id) != null;
    }

    /** @return the fingerprint of the deleted state, or null when there was none */
    Long delete(String id) {
        Long before = recentHashes.remove(id);
        if (before == null) {
            before = VersionHash.ofStored(store.get(id));
        }
        store.delete(id);
        return before;
    }

    KeyValueIterator<String, byte[]> all() {
        return store.all();
    }
}
