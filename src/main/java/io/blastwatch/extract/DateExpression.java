package io.blastwatch.extract;

import java.time.DayOfWeek;

/**
 * A date as the text wrote it, before resolution: "Feb. 9" is a CALENDAR expression with no year, "late October" a
 * MONTH expression with part LATE, "yesterday" DAYS_AGO 1.
 *
 * @param start     offset of the first character in the article text
 * @param end       offset after the last character
 * @param amount    how many days, weeks, months or years back, for the relative kinds
 * @param dayTo     last day of a range such as "3-5 May", else null
 * @param nearNight a time of day around midnight qualifies it ("late Saturday", "overnight"), so it may be a day off
 * @param yearsBack for a day or month without a year that the text places in the story's year ("in February this
 *                  year", "on 19 January of last year"): how many years before the document's year; else null
 * @param boundary  a year or month that bounds a period rather than dates an event ("since 2022", "by 2030")
 */
public record DateExpression(int start, int end, String text, Kind kind, Integer year, Integer month, Integer day,
                             Integer dayTo, Part part, DayOfWeek weekday, int amount, boolean nearNight,
                             Integer yearsBack, boolean boundary) {

    public enum Kind {
        /** A day of a month, maybe with a year: "7 February", "Nov. 26, 2023". */
        CALENDAR,
        /** A month, maybe with a year and a part: "in October", "early June 2023". */
        MONTH,
        /** A year: "in 2023". */
        YEAR,
        /** "today", "yesterday", "three days ago". */
        DAYS_AGO,
        /** "on Tuesday", "late Saturday", "last Friday" (amount 1 when "last" insists on an earlier week). */
        WEEKDAY,
        /** "last week", "two weeks ago". */
        WEEKS_AGO,
        /** "last month", "earlier this month". */
        MONTHS_AGO,
        /** "last year", "this year". */
        YEARS_AGO,
        /**
         * Days counted from the story's own time rather than the article's: "the day before", "the next day", "two
         * days later". {@code amount} is signed: negative before, positive after.
         */
        STORY_DAYS,
        /**
         * Looked like a date but cannot be one, such as "31 February 2024"; kept so it can be reported. When the month
         * is real (only the day is impossible), it still dates the report by its month: the writer's slip must not
         * lose an incident.
         */
        INVALID
    }

    /** Which part of a month: early is days 1-10, mid 11-20, late 21 to the end. */
    public enum Part { EARLY, MID, LATE }

    public boolean hasYear() {
        return year != null;
    }

    public boolean relative() {
        return switch (kind) {
            case DAYS_AGO, WEEKDAY, WEEKS_AGO, MONTHS_AGO, YEARS_AGO, STORY_DAYS -> true;
            default -> false;
        };
    }

    DateExpression withNearNight() {
        return new DateExpression(start, end, text, kind, year, month, day, dayTo, part, weekday, amount, true,
                yearsBack, boundary);
    }

    DateExpression withYear(int newYear) {
        return new DateExpression(start, end, text, kind, newYear, month, day, dayTo, part, weekday, amount, nearNight,
                yearsBack, boundary);
    }

    DateExpression withYearsBack(int years, int newEnd, String newText) {
        return new DateExpression(start, newEnd, newText, kind, year, month, day, dayTo, part, weekday, amount,
                nearNight, years, boundary);
    }

    /**
     * A day that exists in other months but not in this one ("31 February 2024", "31 April"): a slip that still tells
     * the month. "0 January" or "32 March" are no such slip.
     */
    public boolean impossibleDay() {
        return kind == Kind.INVALID && month != null && day != null && day >= 29 && day <= 31;
    }
}
