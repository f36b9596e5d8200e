package io.blastwatch.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One real incident, merged from every mention of it across outlets and articles; the value of {@code incidents}.
 *
 * @param unexplained  no attack explains it (the rule is {@code IncidentMerger}'s, written out in the README)
 * @param contested    media report an attack that investigators or officials explain otherwise, and no one who
 *                     answers for it confirms or claims the attack: the incident stays unexplained
 * @param causeHistory every cause statement, oldest report first, each with who made it and how
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
        boolean contested,
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
