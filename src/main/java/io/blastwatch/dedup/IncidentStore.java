package io.blastwatch.dedup;

import java.util.Map;

import io.blastwatch.model.Incident;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The last emitted state of every incident, with the hash of the recently written ones kept in memory. A busy
 * incident changes with nearly every new report, and reading its previous record back from JSON just to find it
 * different cost as much as writing the new one: a differing hash proves the change without the read. An equal hash
 * still compares the stored record, so a collision can never hide an update.
 */
final class IncidentStore {

    private final KeyValueStore<String, Incident> store;
    private final Map<String, Integer> recentHashes;

    IncidentStore(KeyValueStore<String, Incident> store, int capacity) {
        this.store = store;
        this.recentHashes = new LruMap<>(capacity);
    }

    /** Stores the incident when it differs from its last emitted state; returns whether it did. */
    boolean putIfChanged(Incident incident) {
        int hash = incident.hashCode();
        Integer previousHash = recentHashes.get(incident.id());
        if (previousHash == null || previousHash == hash) {
            if (incident.equals(store.get(incident.id()))) {
                recentHashes.put(incident.id(), hash);
                return false;
            }
        }
        store.put(incident.id(), incident);
        recentHashes.put(incident.id(), hash);
        return true;
    }

    Incident get(String id) {
        return store.get(id);
    }

    boolean contains(String id) {
        return recentHashes.containsKey(id) || store.get(id) != null;
    }

    void delete(String id) {
        store.delete(id);
        recentHashes.remove(id);
    }

    KeyValueIterator<String, Incident> all() {
        return store.all();
    }
}
