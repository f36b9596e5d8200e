package io.blastwatch.topology;

import java.time.Duration;

import io.blastwatch.dedup.IncidentDedupProcessor;
import io.blastwatch.model.Retention;

/**
 * What the stages are told by configuration.
 *
 * @param windowMonths        length of the rolling window in calendar months
 * @param alertThreshold      count at which an alert fires
 * @param alertSettle         how long count updates settle before alerts are evaluated
 * @param retentionDays       how long extraction and deduplication remember articles and mentions, counted back from
 *                            the latest publication time
 * @param maxSources          sources listed per incident (the counts stay exact beyond it)
 * @param maxMentionsPerArticle incidents taken from one article at most
 * @param maxArticleChars     longer articles go to the dead-letter topic
 */
public record PipelineSettings(int windowMonths, int alertThreshold, Duration alertSettle, int retentionDays,
                               int maxSources, int maxMentionsPerArticle, int maxArticleChars) {

    public static PipelineSettings defaults() {
        return new PipelineSettings(4, 5, Duration.ofMillis(300), 1825, IncidentDedupProcessor.DEFAULT_MAX_SOURCES, 50,
                400_000);
    }

    public Retention retention() {
        return new Retention(retentionDays);
    }
}
