package io.blastwatch.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The number of counted incidents in one country whose date lies in the rolling window ending on {@code windowEnd}:
 * the days after {@code windowEnd} minus the period, up to and including {@code windowEnd}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowCount(String country, LocalDate windowStart, LocalDate windowEnd, int count,
                          List<String> incidentIds) {
    public WindowCount {
        incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
    }

    public String key() {
        return key(country, windowEnd);
    }

    public static String key(String country, LocalDate windowEnd) {
        return country + "|" + windowEnd;
    }
}
