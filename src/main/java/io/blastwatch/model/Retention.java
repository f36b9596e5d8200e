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
     * Forgetting scans a whole store, so it runs once per month of stream time: a replay of years of archives
     * advances stream time by a day every few articles, and a daily purge would then dominate the processing time.
     * A month's delay is small against a retention of years.
     */
    public static final Duration PURGE_INTERVAL = Duration.ofDays(30);

    /** The first day still remembered at the given stream time. */
    public LocalDate oldestKept(long streamTime) {
        return Instant.ofEpochMilli(streamTime).atZone(ZoneOffset.UTC).toLocalDate().minusDays(days);
    }
}
