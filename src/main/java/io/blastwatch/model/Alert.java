package io.blastwatch.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A threshold crossing of the rolling count, keyed by a deterministic id.
 *
 * <p>An alert stands for one episode: a run of consecutive days whose window count is at or above the threshold.
 * {@code windowStart}..{@code windowEnd} is the window that first reached it, {@code activeThrough} the last window
 * end of the run. {@code supersededBy} is the id of the alert the episode goes on under, for a SUPERSEDED alert only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alert(String id, AlertStatus status, String rule, String country, int threshold, int count,
                    LocalDate windowStart, LocalDate windowEnd, LocalDate activeThrough, List<String> incidentIds,
                    String summary, String supersededBy) {
    public Alert {
        incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
    }
}
