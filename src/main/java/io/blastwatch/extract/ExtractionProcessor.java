package io.blastwatch.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.blastwatch.model.Article;
import io.blastwatch.model.Ids;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.model.Retention;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the extractor to each article and sends its mentions keyed by region, so that every mention that could
 * be the same incident reaches the same deduplication task. An article sent again unchanged is skipped; an edited
 * one replaces its mentions, retracting those it no longer makes.
 */
public final class ExtractionProcessor implements Processor<String, Article, String, IncidentMention> {

    private static final Logger log = LoggerFactory.getLogger(ExtractionProcessor.class);

    private final IncidentExtractor extractor;
    private final String digestStoreName;
    private final String expiryStoreName;
    private final Retention retention;
    private ProcessorContext<String, IncidentMention> context;
    private KeyValueStore<String, ArticleDigest> digests;
    private DigestExpiry expiry;
    /** Whether the last purge forgot a full batch: the wall clock then goes on with the rest. */
    private boolean purgeBehind;

    /**
     * @param expiryStoreName a store of strings that indexes the digests by the day they expire
     */
    public ExtractionProcessor(IncidentExtractor extractor, String digestStoreName, String expiryStoreName,
                               Retention retention) {
        this.extractor = extractor;
        this.digestStoreName = digestStoreName;
        this.expiryStoreName = expiryStoreName;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, IncidentMention> context) {
        this.context = context;
        this.digests = context.getStateStore(digestStoreName);
        this.expiry = new DigestExpiry(context.getStateStore(expiryStoreName));
        context.schedule(Retention.PURGE_INTERVAL, PunctuationType.STREAM_TIME, this::purgeExpired);
        context.schedule(Retention.PURGE_CATCH_UP, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (purgeBehind) {
                purgeExpired(context.currentStreamTimeMs());
            }
        });
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        String hash = contentHash(article);
        ArticleDigest previous = digests.get(article.id());
        if (previous != null && previous.contentHash().equals(hash)) {
            return;
        }
        Extraction extraction = extractor.extract(article, Instant.ofEpochMilli(record.timestamp()));
        // What extraction left out or read in a lesser way, for the operator: the article itself is not bad input.
        // An impossible date is the writer's slip and worth a line; noise lines are routine and only for debugging.
        for (String note : extraction.notes()) {
            if (note.startsWith("impossible date")) {
                log.info("article {}: {}", article.id(), note);
            } else {
                log.debug("article {}: {}", article.id(), note);
            }
        }
        List<ArticleDigest.MentionRef> refs = new ArrayList<>();
        Set<String> produced = new HashSet<>();
        for (IncidentMention mention : extraction.mentions()) {
            context.forward(record.withKey(mention.blockKey()).withValue(mention));
            refs.add(new ArticleDigest.MentionRef(mention.mentionId(), mention.blockKey()));
            produced.add(mention.mentionId() + "@" + mention.blockKey());
        }
        if (previous != null) {
            for (ArticleDigest.MentionRef old : previous.mentions()) {
                if (!produced.contains(old.mentionId() + "@" + old.blockKey())) {
                    context.forward(record.withKey(old.blockKey())
                            .withValue(IncidentMention.retraction(old.mentionId(), article.id())));
                }
            }
        }
        digests.put(article.id(), new ArticleDigest(hash, refs, record.timestamp()));
        expiry.dated(article.id(), previous, record.timestamp());
    }

    /**
     * Forgets articles older than the retention period: deduplication has forgotten their mentions by then, so
     * one sent again is simply read anew.
     */
    private void purgeExpired(long streamTime) {
        if (!expiry.built()) {
            indexExpiry(); // a store written before the expiry index: once
        }
        LocalDate cutoff = retention.oldestKept(streamTime);
        long oldestKept = cutoff.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<KeyValue<String, String>> expired = expiry.before(cutoff, Retention.PURGE_BATCH);
        purgeBehind = expired.size() >= Retention.PURGE_BATCH;
        for (KeyValue<String, String> entry : expired) {
            ArticleDigest digest = digests.get(entry.value);
            // An edition dated later moved its key; this check only guards against a key left behind.
            if (digest != null && digest.recordTime() < oldestKept) {
                digests.delete(entry.value);
            }
            expiry.remove(entry.key);
        }
    }

    private void indexExpiry() {
        List<KeyValue<String, ArticleDigest>> all = new ArrayList<>();
        try (KeyValueIterator<String, ArticleDigest> it = digests.all()) {
            it.forEachRemaining(all::add);
        }
        all.forEach(e -> expiry.dated(e.key, null, e.value.recordTime()));
        expiry.markBuilt();
    }

    /** An ingestion time is not part of the content: the same file ingested twice is the same article. */
    private static String contentHash(Article a) {
        String published = a.publishedFrom() == PublicationSource.INGESTION || a.published() == null ? ""
                : a.published();
        return Ids.hash(String.join("\u0000", String.valueOf(a.url()), String.valueOf(a.outlet()),
                String.valueOf(a.title()), published, String.valueOf(a.text())), 32);
    }
}
