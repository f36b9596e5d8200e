package io.blastwatch.window;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;

/**
 * The facts of an incident record that decide whether and where it is counted, read from the {@code incidents} topic
 * in place of the whole record: a busy incident's record lists a hundred sources with their evidence and comes again
 * with every new report, and the count needs none of them. The names are those of {@link Incident}'s fields.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CountableFacts(IncidentKind kind, boolean militaryIndustrial, boolean unexplained, String country,
                             LocalDate date, DateBasis dateBasis) {

    public static CountableFacts of(Incident incident) {
        return new CountableFacts(incident.kind(), incident.militaryIndustrial(), incident.unexplained(),
                incident.country(), incident.date(), incident.dateBasis());
    }
}
