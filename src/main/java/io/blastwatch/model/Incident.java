package io.blastwatch.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One real incident, merged from every mention of it across outlets and articles; the value of {@code incidents}.
 *
 * @param causeHistory every cause statement, oldest report first; one attributing an attack makes it explained
 * @param sources      the reporting articles, syndicated copies folded in; at most a bounded number are listed
 * @param outlets      distinct outlets among the sources
 * @param mentions     mentions merged, syndicated copies not counted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Incident(
        String id,
        LocalDate date,
        DatePrecision datePrecision,
        DateBasis dateBasis,
        IncidentKind kind,
        String facility,
        String settlement,
        String region,
        String regionCode,
        String country,
        Double latitude,
        Double longitude,
        boolean militaryIndustrial,
        boolean unexplained,
        String cause,
        List<CauseReport> causeHistory,
        int outlets,
        int mentions,
        String firstReported,
        String lastReported,
        List<Source> sources,
        boolean sourcesTruncated) {

    public Incident {
        causeHistory = causeHistory == null ? List.of() : List.copyOf(causeHistory);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
