package io.blastwatch.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.blastwatch.model.FeedState;

/**
 * What feed polling remembers between polls: the articles already published and each feed's validators. The
 * service keeps it in Kafka ({@link KafkaFeedMemory}) so that a restart or a second instance sees it too.
 */
public interface FeedMemory {

    boolean seen(String articleId);

    void markSeen(String feed, String articleId);

    Optional<FeedState> validators(String feed);

    void saveValidators(String feed, String etag, String lastModified);

    /** Memory that lasts as long as the process: for one-shot reads such as analyze. */
    final class InMemory implements FeedMemory {
        private final Map<String, FeedState> entries = new ConcurrentHashMap<>();

        @Override
        public boolean seen(String articleId) {
            return entries.containsKey("seen|" + articleId);
        }

        @Override
        public void markSeen(String feed, String articleId) {
            entries.put("seen|" + articleId, new FeedState(feed, articleId, null, null, null));
        }

        @Override
        public Optional<FeedState> validators(String feed) {
            return Optional.ofNullable(entries.get("http|" + feed));
        }

        @Override
        public void saveValidators(String feed, String etag, String lastModified) {
            entries.put("http|" + feed, new FeedState(feed, null, etag, lastModified, null));
        }
    }
}
