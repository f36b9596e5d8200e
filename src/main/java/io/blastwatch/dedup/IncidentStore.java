package io.blastwatch.dedup;

import java.util.Arrays;
import java.util.Map;

import io.blastwatch.model.Incident;
import io.blastwatch.serde.Json;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The last emitted state of every incident, as the JSON that went out, with the hash of the recently written ones
 * kept in memory.
 *
 * <p>The JSON is written once and serves three readers: the store, the {@code incidents} topic and the query API. A
 * typed store and a typed sink each wrote it again, and a busy incident is rewritten with nearly every new report of
 * it. Comparing bytes also decides a change without reading the previous record back as an object; a differing hash
 * proves the change without reading it at all. An equal hash still compares the stored bytes, so a collision can
 * never hide an update.
 */
final class IncidentStore {

    private final KeyValueStore<String, byte[]> store;
    private final Map<String, Integer> recentHashes;

    IncidentStore(KeyValueStore<String, byte[]> store, int capacity) {
        this.store = store;
        this.recentHashes = new LruMap<>(capacity);
    }

    /**
     * Stores the incident when it differs from its last emitted state.
     *
     * @return its JSON, to be emitted, or null when nothing changed
     */
    byte[] putIfChanged(Incident incident) {
        byte[] json = Json.toBytes(incident);
        int hash = Arrays.hashCode(json);
        Integer previousHash = recentHashes.get(incident.id());
        if (previousHash == null || previousHash == hash) {
            if (Arrays.equals(json, store.get(incident.id()))) {
                recentHashes.put(incident.id(), hash);
                return null;
            }
        }
        store.put(incident.id(), json);
        recentHashes.put(incident.id(), hash);
        return json;
    }

    /** The incident as last emitted, or null. Read on the rare paths: undated reports, remerges, the purge. */
    Incident get(String id) {
        byte[] json = store.get(id);
        return json == null ? null : Json.fromBytes(json, Incident.class);
    }

    boolean contains(String id) {
        return recentHashes.containsKey(id) || store.get(id) != null;
    }

    void delete(String id) {
        store.delete(id);
        recentHashes.remove(id);
    }

    KeyValueIterator<String, byte[]> all() {
        return store.all();
    }
}
