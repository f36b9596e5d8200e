package io.blastwatch.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How long the pipeline remembers the articles and mentions it has read, counted back from stream time (the latest
 * publication time it has seen), not from the wall clock: a replay of old archives keeps what it needs.
 */
public record Retention(int days) {

    /**
     * How often, in stream time, the stores forget what expired. Each purge reads an index of expiry days from its
     * start, so one with nothing to forget costs a seek. Purging a month at once stalled a task for a second or more
     * when a long history expired (a month of a busy store, or the months a replay jumps over), and every article
     * behind it waited: an hour's worth at a time, at most {@link #PURGE_BATCH}, keeps each purge short.
     */
    public static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    /**
     * Entries forgotten per purge and store at most; the rest waits for the next hour of stream time. At 24 purges a
     * day, each task can forget 12,000 mentions a day, far more than a day of news brings.
     */
    public static final int PURGE_BATCH = 500;

    /** The first day still remembered at the given stream time. */
    public LocalDate oldestKept(long streamTime) {
        return Instant.ofEpochMilli(streamTime).atZone(ZoneOffset.UTC).toLocalDate().minusDays(days);
    }
}
