package io.blastwatch.http;

import java.time.LocalDate;

/** The rolling count of the window ending on one day. */
public record DayCount(LocalDate date, int count) {
}
