package io.blastwatch.window;

import java.time.LocalDate;

/**
 * A rolling period of whole calendar months: the window ending on day D covers the days after D minus the period, up
 * to and including D ("the four months to 7 February 2024" are 8 October 2023 to 7 February 2024).
 */
public record RollingWindow(int months) {

    public RollingWindow {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("window months must be between 1 and 120, got " + months);
        }
    }

    public LocalDate start(LocalDate end) {
        return end.minusMonths(months).plusDays(1);
    }

    public boolean covers(LocalDate end, LocalDate day) {
        return !day.isAfter(end) && !day.isBefore(start(end));
    }

    /** The first window end whose window no longer covers the day: where an incident leaves the count. */
    public LocalDate leaves(LocalDate day) {
        LocalDate end = day.plusMonths(months);
        while (covers(end, day)) {
            end = end.plusDays(1);
        }
        return end;
    }
}
