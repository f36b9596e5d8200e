package io.blastwatch.extract;

import java.time.LocalDate;

import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;

/**
 * A date expression placed on the calendar.
 *
 * @param date     the best single day: the day itself, or the first day of the month or year
 * @param earliest first day the incident may have happened on
 * @param latest   last day the incident may have happened on
 */
public record ResolvedDate(LocalDate date, DatePrecision precision, LocalDate earliest, LocalDate latest,
                           String text, DateBasis basis, int start, int end) {

    public boolean singleDay() {
        return earliest.equals(latest);
    }
}
