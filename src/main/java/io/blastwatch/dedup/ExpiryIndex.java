package io.blastwatch.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.blastwatch.model.IncidentMention;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The dates by which stored mentions and incidents expire, as keys ordered by date in the deduplication's index
 * store, so that the purge reads only what has expired, the earliest first. Scanning every stored mention and
 * incident for its date instead cost a full read of the state at every purge: in a replay of years of news, hundreds
 * of full reads of a state that keeps growing.
 *
 * <p>The keys start with {@code ~}, which sorts after every block key (a country code), so no scan of a block reaches
 * them. A store written before this index existed has no such keys: {@link #built} says whether it must be filled
 * from the stores once.
 */
final class ExpiryIndex {

    private static final String MENTIONS = "~expiry|mention|";
    private static final String INCIDENTS = "~expiry|incident|";
    /** An incident's indexed date, by id: its date can change when it merges again, and its old key must go. */
    private static final String INCIDENT_DATE = "~expiry-date|incident|";
    private static final String BUILT = "~expiry-built";

    private final KeyValueStore<String, String> index;
    /**
     * Per prefix, the key where the last purge stopped: everything below it was forgotten, and starting a scan at the
     * prefix would walk RocksDB's tombstones of all of it again, at every purge, until a compaction clears them. A key
     * written below it moves it back. Not stored: a new instance starts at the prefix once.
     */
    private final Map<String, String> resumeAt = new HashMap<>();

    ExpiryIndex(KeyValueStore<String, String> index) {
        this.index = index;
    }

    void addMention(IncidentMention mention) {
        if (mention.latest() != null) {
            put(MENTIONS, mentionKey(mention), mention.mentionId());
        }
    }

    void removeMention(IncidentMention mention) {
        if (mention.latest() != null) {
            index.delete(mentionKey(mention));
        }
    }

    /** Records an incident's date after it was stored, moving its key when the date changed. */
    void incidentDated(String incidentId, LocalDate date) {
        String day = date.toString();
        String old = index.get(INCIDENT_DATE + incidentId);
        if (day.equals(old)) {
            return;
        }
        if (old != null) {
            index.delete(INCIDENTS + old + "|" + incidentId);
        }
        put(INCIDENTS, INCIDENTS + day + "|" + incidentId, incidentId);
        index.put(INCIDENT_DATE + incidentId, day);
    }

    void incidentGone(String incidentId) {
        String old = index.get(INCIDENT_DATE + incidentId);
        if (old != null) {
            index.delete(INCIDENTS + old + "|" + incidentId);
            index.delete(INCIDENT_DATE + incidentId);
        }
    }

    /** Keys and ids of the mentions whose latest date is before the cutoff, the earliest first, at most so many. */
    List<KeyValue<String, String>> mentionsBefore(LocalDate cutoff, int limit) {
        return entriesBefore(MENTIONS, cutoff, limit);
    }

    /** Ids of the incidents dated before the cutoff, the earliest first, at most so many. */
    List<String> incidentsBefore(LocalDate cutoff, int limit) {
        return entriesBefore(INCIDENTS, cutoff, limit).stream().map(kv -> kv.value).toList();
    }

    /** Takes out the key of a mention that is no longer stored, which would otherwise stay in every purge's way. */
    void removeKey(String key) {
        index.delete(key);
    }

    boolean built() {
        return index.get(BUILT) != null;
    }

    void markBuilt() {
        index.put(BUILT, "1");
    }

    private void put(String prefix, String key, String value) {
        index.put(key, value);
        String resume = resumeAt.get(prefix);
        if (resume != null && key.compareTo(resume) < 0) {
            resumeAt.put(prefix, key);
        }
    }

    private List<KeyValue<String, String>> entriesBefore(String prefix, LocalDate cutoff, int limit) {
        List<KeyValue<String, String>> found = new ArrayList<>();
        String to = prefix + cutoff;
        String from = resumeAt.getOrDefault(prefix, prefix);
        if (from.compareTo(to) > 0) {
            return found;
        }
        // Keys are prefix + ISO date + "|" + id: every key below prefix + cutoff has an earlier date.
        try (KeyValueIterator<String, String> it = index.range(from, to)) {
            while (it.hasNext() && found.size() < limit) {
                found.add(it.next());
            }
        }
        if (!found.isEmpty()) {
            resumeAt.put(prefix, found.get(found.size() - 1).key);
        }
        return found;
    }

    private static String mentionKey(IncidentMention mention) {
        return MENTIONS + mention.latest() + "|" + mention.mentionId();
    }
}
