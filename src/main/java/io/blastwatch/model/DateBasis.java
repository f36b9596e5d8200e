package io.blastwatch.model;

/** What fixed the year (and, for relative dates, the day) of an incident date. */
public enum DateBasis {
    /** The text states the full date, year included. */
    STATED,
    /** Resolved against the article's publication date. */
    PUBLICATION,
    /** The article has no publication date; resolved against the latest dates the article itself states. */
    INFERRED,
    /** Nothing in or about the article fixes the year; resolved against the ingestion time and not trusted. */
    GUESSED;

    public boolean yearKnown() {
        return this != GUESSED;
    }
}
