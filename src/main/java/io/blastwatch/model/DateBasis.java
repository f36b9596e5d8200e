package io.blastwatch.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What fixed the year (and, for relative dates, the day) of an incident date. */
public enum DateBasis {
    /** The text states the full date, year included. */
    STATED,
    /** Resolved against the document's own time: its publication date, a date in its url, its dateline or byline. */
    PUBLICATION,
    /** The article gives no time of its own; resolved against the time its own dates imply. */
    INFERRED,
    /** Resolved against the time a live source (a feed, an HTTP push) delivered an article that gives no time. */
    INGESTION,
    /**
     * Nothing in or about the article fixes the year: the day and month are the text's, the year is unknown. The
     * date carries the latest such day up to the time of processing, only so that it can be stored and shown; it is
     * never counted, and it joins an incident that better-dated reports place in a recent year.
     */
    @JsonAlias("GUESSED")
    YEAR_UNKNOWN,
    /**
     * Nothing in or about the article dates the incident it reports as its news: neither the day nor the year (a
     * page that lost its date, a copy without a dateline). The date is the time of processing, a placeholder. Such a
     * report never makes an incident of its own: it only lends its source to the one incident on record at its site.
     */
    UNDATED;

    public boolean yearKnown() {
        return this != YEAR_UNKNOWN && this != UNDATED;
    }

    /** Whether the date says anything about when the incident happened. */
    public boolean dated() {
        return this != UNDATED;
    }
}
