package io.blastwatch.window;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where and on which day an incident is counted. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CountedIncident(String country, LocalDate date) {
}
