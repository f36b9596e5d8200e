package io.blastwatch.dedup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Days from {@code first} to {@code last}, both included. */
record DateInterval(LocalDate first, LocalDate last) {

    boolean overlaps(DateInterval other) {
        return !last.isBefore(other.first) && !other.last.isBefore(first);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    long width() {
        return last.toEpochDay() - first.toEpochDay();
    }

    /** Distance in days from a day to this interval, 0 inside it. */
    long distanceTo(LocalDate day) {
        if (contains(day)) {
            return 0;
        }
        return day.isBefore(first) ? first.toEpochDay() - day.toEpochDay() : day.toEpochDay() - last.toEpochDay();
    }

    /** The calendar months the interval touches, as yyyy-MM. */
    List<String> months() {
        List<String> months = new ArrayList<>();
        YearMonth m = YearMonth.from(first);
        YearMonth end = YearMonth.from(last);
        while (!m.isAfter(end)) {
            months.add(m.toString());
            m = m.plusMonths(1);
        }
        return months;
    }

    DateInterval shiftYears(int years) {
        return new DateInterval(first.plusYears(years), last.plusYears(years));
    }
}
