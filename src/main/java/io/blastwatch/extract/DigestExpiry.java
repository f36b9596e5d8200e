package io.blastwatch.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The days on which article digests expire, as keys ordered by day ({@code 2024-02-07|<article id>}), so that the
 * purge reads only the digests that have expired. Reading every digest instead cost a full scan of the store, JSON and
 * all, at every purge: in a replay of years of news, a stall of seconds per task at each purge.
 *
 * <p>{@code ~built} sorts after every day. A store written before this index existed has no keys: {@link #built} says
 * whether the index must be filled from the digests once.
 */
final class DigestExpiry {

    private static final String BUILT = "~built";

    private final KeyValueStore<String, String> index;
    /**
     * Where the last purge stopped: everything below was forgotten, and a scan from the start would walk RocksDB's
     * tombstones of all of it again at every purge. A key written below it moves it back; a new instance starts from
     * the beginning once.
     */
    private String resumeAt;

    DigestExpiry(KeyValueStore<String, String> index) {
        this.index = index;
    }

    /** Records the digest of an article with this record time, moving its key when an edition changed the time. */
    void dated(String articleId, ArticleDigest previous, long recordTime) {
        if (previous != null && !day(previous.recordTime()).equals(day(recordTime))) {
            index.delete(key(articleId, previous.recordTime()));
        }
        String key = key(articleId, recordTime);
        index.put(key, articleId);
        if (resumeAt != null && key.compareTo(resumeAt) < 0) {
            resumeAt = key;
        }
    }

    /** The keys and article ids of the digests dated before the cutoff day, the earliest first, at most so many. */
    List<KeyValue<String, String>> before(LocalDate cutoff, int limit) {
        List<KeyValue<String, String>> found = new ArrayList<>();
        // Every key below the cutoff's day has an earlier day: "2024-02-06|x" < "2024-02-07" < "2024-02-07|x".
        if (resumeAt != null && resumeAt.compareTo(cutoff.toString()) > 0) {
            return found;
        }
        try (KeyValueIterator<String, String> it = index.range(resumeAt, cutoff.toString())) {
            while (it.hasNext() && found.size() < limit) {
                found.add(it.next());
            }
        }
        if (!found.isEmpty()) {
            resumeAt = found.get(found.size() - 1).key;
        }
        return found;
    }

    void remove(String key) {
        index.delete(key);
    }

    boolean built() {
        return index.get(BUILT) != null;
    }

    void markBuilt() {
        index.put(BUILT, "1");
    }

    static String key(String articleId, long recordTime) {
        return day(recordTime) + "|" + articleId;
    }

    /** The UTC day of a record time, as the purge's cutoff counts days. */
    private static String day(long recordTime) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(recordTime), ZoneOffset.UTC).toString();
    }
}
