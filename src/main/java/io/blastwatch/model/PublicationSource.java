package io.blastwatch.model;

/** Where an article's publication time came from, best first. */
public enum PublicationSource {
    /** The article's own {@code published} field. */
    FIELD,
    /** A {@code date YYYY-MM-DD} first line or a dateline in the text. */
    DATE_LINE,
    /** The publication date of the feed item that carried the article. */
    FEED,
    /** Nothing better was known: the time the article was ingested. */
    INGESTION
}
