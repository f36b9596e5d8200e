package io.blastwatch.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;

/**
 * Places date expressions on the calendar with a news past bias: an article reports what has happened, so a yearless
 * "December 20" in a February article is the previous December and "Tuesday" the last Tuesday.
 */
public final class DateResolver {

    /** A yearless day up to this far after the reference still counts as this year (time zones, late edits). */
    private static final int FUTURE_TOLERANCE_DAYS = 1;

    private DateResolver() {
    }

    public static Optional<ResolvedDate> resolve(DateExpression e, ReferenceDate ref) {
        if (e.relative() && !ref.dayKnown()) {
            return Optional.empty(); // "yesterday" of a page whose day nobody knows says nothing about the incident
        }
        try {
            return Optional.ofNullable(switch (e.kind()) {
                case CALENDAR -> calendar(e, ref);
                case MONTH -> month(e, ref);
                case YEAR -> span(e, LocalDate.of(e.year(), 1, 1), LocalDate.of(e.year(), 12, 31), DatePrecision.YEAR,
                        DateBasis.STATED);
                case DAYS_AGO -> vague(e) ? someDaysAgo(e, ref) : day(e, ref.date().minusDays(e.amount()), ref);
                case STORY_DAYS -> day(e, ref.date().plusDays(e.amount()), ref);
                case WEEKDAY -> day(e, weekday(e, ref.date()), ref);
                case WEEKS_AGO -> weeksAgo(e, ref);
                case MONTHS_AGO -> monthSpan(e, YearMonth.from(ref.date()).minusMonths(e.amount()), ref.basis());
                case YEARS_AGO -> {
                    int year = ref.date().getYear() - e.amount();
                    yield span(e, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, ref.basis());
                }
                case INVALID -> e.impossibleDay() ? month(e, ref) : null;
            });
        } catch (DateTimeException impossible) {
            return Optional.empty(); // 29 February of a common year, and the like
        }
    }

    private static ResolvedDate calendar(DateExpression e, ReferenceDate ref) {
        DateBasis basis = e.hasYear() ? DateBasis.STATED : ref.basis();
        int year = e.hasYear() ? e.year() : e.yearsBack() != null ? ref.date().getYear() - e.yearsBack()
                : yearOf(e.month(), e.day(), ref.date());
        LocalDate from = LocalDate.of(year, e.month(), e.day());
        LocalDate to = e.dayTo() == null ? from : LocalDate.of(year, e.month(), Math.min(e.dayTo(),
                YearMonth.of(year, e.month()).lengthOfMonth()));
        boolean widen = e.nearNight() && e.dayTo() == null; // "the night of 2 to 3 March" already spans both days
        if (widen) {
            from = from.minusDays(1);
            to = to.plusDays(1);
        }
        // "The night of 19 to 20 October": the blasts of a night come mostly after midnight, and outlets date the
        // incident by the morning it ends in; the evening before stays in the span.
        boolean nightRange = e.nearNight() && e.dayTo() != null && to.equals(from.plusDays(1));
        LocalDate date = widen ? from.plusDays(1) : nightRange ? to : from;
        return new ResolvedDate(date, DatePrecision.DAY, from, to, e.text(), basis, e.start(), e.end());
    }

    /** The year that puts month/day on or before the reference, allowing a day for time zones. */
    static int yearOf(int month, int day, LocalDate reference) {
        LocalDate latestAllowed = reference.plusDays(FUTURE_TOLERANCE_DAYS);
        for (int year = reference.getYear() + 1; year > reference.getYear() - 1; year--) {
            LocalDate candidate = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
            if (!candidate.isAfter(latestAllowed)) {
                return year; // "January 1" in an article of 31 December, late at night in another time zone
            }
        }
        return reference.getYear() - 1;
    }

    private static ResolvedDate month(DateExpression e, ReferenceDate ref) {
        YearMonth month;
        DateBasis basis;
        if (e.hasYear()) {
            month = YearMonth.of(e.year(), e.month());
            basis = DateBasis.STATED;
        } else if (e.yearsBack() != null) {
            month = YearMonth.of(ref.date().getYear() - e.yearsBack(), e.month());
            basis = ref.basis();
        } else {
            int year = e.month() > ref.date().getMonthValue() ? ref.date().getYear() - 1 : ref.date().getYear();
            if (e.month() == ref.date().getMonthValue() && partStart(e.part()) > ref.date().getDayOfMonth()) {
                year--; // "late March" in an article of 5 March is last year's
            }
            month = YearMonth.of(year, e.month());
            basis = ref.basis();
        }
        return monthSpan(e, month, basis);
    }

    private static int partStart(DateExpression.Part part) {
        if (part == null) {
            return 1;
        }
        return switch (part) {
            case EARLY -> 1;
            case MID -> 11;
            case LATE -> 21;
        };
    }

    private static ResolvedDate monthSpan(DateExpression e, YearMonth month, DateBasis basis) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (e.part() != null) {
            switch (e.part()) {
                case EARLY -> last = month.atDay(10);
                case MID -> {
                    first = month.atDay(11);
                    last = month.atDay(20);
                }
                case LATE -> first = month.atDay(21);
                default -> {
                }
            }
        }
        return new ResolvedDate(month.atDay(1), DatePrecision.MONTH, first, last, e.text(), basis, e.start(), e.end());
    }

    private static ResolvedDate span(DateExpression e, LocalDate first, LocalDate last, DatePrecision precision,
                                     DateBasis basis) {
        return new ResolvedDate(first, precision, first, last, e.text(), basis, e.start(), e.end());
    }

    /**
     * A day counted back from the publication date may be a day off: the publication time is in one time zone, the
     * incident in another.
     */
    /** "A few days ago", "several days ago": at least two days back, at most two weeks. */
    private static final int SOME_DAYS_MIN = 2;
    private static final int SOME_DAYS_MAX = 14;

    private static boolean vague(DateExpression e) {
        for (String word : e.text().split("\\s+")) {
            if (DateWords.ENGLISH.vagueNumbers().contains(TextFolding.fold(word))) {
                return true;
            }
        }
        return false;
    }

    private static ResolvedDate someDaysAgo(DateExpression e, ReferenceDate ref) {
        return new ResolvedDate(ref.date().minusDays(e.amount()), DatePrecision.DAY,
                ref.date().minusDays(SOME_DAYS_MAX), ref.date().minusDays(SOME_DAYS_MIN), e.text(), ref.basis(),
                e.start(), e.end());
    }

    private static ResolvedDate day(DateExpression e, LocalDate day, ReferenceDate ref) {
        LocalDate from = day.minusDays(1);
        LocalDate to = day.plusDays(1);
        return new ResolvedDate(day, DatePrecision.DAY, from, to, e.text(), ref.basis(), e.start(), e.end());
    }

    private static LocalDate weekday(DateExpression e, LocalDate reference) {
        LocalDate latest = reference.with(TemporalAdjusters.previousOrSame(e.weekday()));
        return e.amount() > 0 && latest.equals(reference) ? latest.minusWeeks(1) : latest;
    }

    private static ResolvedDate weeksAgo(DateExpression e, ReferenceDate ref) {
        LocalDate weekStart = ref.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(e.amount());
        LocalDate weekEnd = weekStart.plusDays(6);
        if (weekEnd.isAfter(ref.date())) {
            weekEnd = ref.date();
        }
        return new ResolvedDate(weekStart, DatePrecision.DAY, weekStart, weekEnd, e.text(), ref.basis(), e.start(), e.end());
    }
}
