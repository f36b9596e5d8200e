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
     * How often, in stream time, the stores forget what expired. Each purge reads an index of expiry days from where
     * the last one stopped, so one with nothing to forget costs a seek. Purging a month at once stalled a task for a
     * second or more when a long history expired (a month of a busy store, or the months a replay jumps over), and
     * every article behind it waited: an hour's worth at a time, at most {@link #PURGE_BATCH}, keeps each purge short.
     */
    public static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    /**
     * Entries forgotten per purge and store at most. A batch of 500 still held up the articles behind it by up to
     * 0.8 s when stream time jumped months ahead (the first articles after a replay, or after days offline); a
     * hundred keep that stall short, and a purge that fell behind goes on every {@link #PURGE_CATCH_UP} of wall-clock
     * time until it has caught up.
     */
    public static final int PURGE_BATCH = 100;

    /**
     * How often, in wall-clock time, a purge whose last batch was full goes on. Stream time alone would leave a long
     * history to one batch an hour; the wall clock drains it within seconds to minutes, a batch at a time, between
     * articles. With both, a task can forget some 8 million entries a day per store.
     */
    public static final Duration PURGE_CATCH_UP = Duration.ofSeconds(1);

    /** The first day still remembered at the given stream time. */
    public LocalDate oldestKept(long streamTime) {
        return Instant.ofEpochMilli(streamTime).atZone(ZoneOffset.UTC).toLocalDate().minusDays(days);
    }
}
