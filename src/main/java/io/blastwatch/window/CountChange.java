package io.blastwatch.window;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One incident entering, leaving or moving within a country's count, in a single record so that a move never shows
 * as a removal followed by an addition.
 *
 * @param before the date it was counted on, or null if it was not counted
 * @param after  the date it is counted on now, or null if it no longer counts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CountChange(String incidentId, LocalDate before, LocalDate after) {
}
