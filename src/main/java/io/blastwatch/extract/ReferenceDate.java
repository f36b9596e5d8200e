package io.blastwatch.extract;

import java.time.LocalDate;

import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;

/**
 * The document's own time, the "today" of its story, against which yearless and relative dates resolve: its day,
 * how sure it is ({@link DateBasis}), where it was found, and whether its day is known or only its month (a url
 * such as /2022/05/ gives the month: yearless days resolve against it, "yesterday" does not).
 */
public record ReferenceDate(LocalDate date, DateBasis basis, Source source, DatePrecision precision) {

    /** Where a document's time was found, most trustworthy first. */
    public enum Source {
        /** The article's own publication field, its date line or its feed item. */
        PUBLISHED,
        /** A date in the path of its url: /2024/02/07/, /20240207/. */
        URL,
        /** A full date standing in its first lines: a byline, "Published 9 February 2024", an agency dateline. */
        BYLINE,
        /** Implied by the dates of its text: the latest full date, weekday and date pairs, the years it names. */
        TEXT,
        /** The time a live source delivered it. */
        INGESTION,
        /**
         * An agency dateline without a year ("MOSCOW, April 2. /TASS/."): the day and month of filing, in an unknown
         * year.
         */
        DATELINE_DAY,
        /** Nothing: the year is unknown. */
        NONE
    }

    public ReferenceDate(LocalDate date, DateBasis basis, Source source) {
        this(date, basis, source, DatePrecision.DAY);
    }

    public ReferenceDate(LocalDate date, DateBasis basis) {
        this(date, basis, basis == DateBasis.YEAR_UNKNOWN ? Source.NONE : Source.PUBLISHED);
    }

    /** Whether "yesterday" and "on Tuesday" can be counted from it: its year and its day are known. */
    public boolean dayKnown() {
        return basis.yearKnown() && precision == DatePrecision.DAY;
    }
}
