package io.blastwatch.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the {@code published} field of an article: a date, or a date and time with an offset. */
public final class PublicationDates {

    private PublicationDates() {
    }

    /** The instant of publication; a bare date is taken as its first moment in UTC. */
    public static Optional<Instant> instant(String published) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String value = published.trim();
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(value));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** The calendar date of publication as the writer saw it: the local date when an offset is given. */
    public static Optional<LocalDate> date(String published) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String value = published.trim();
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value));
            }
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            return instant(value).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
        }
    }
}
