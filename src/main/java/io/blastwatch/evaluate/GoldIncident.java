package io.blastwatch.evaluate;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.IncidentKind;

/**
 * One real incident as the annotators established it (corpus/README.md): the true facts, whatever individual outlets
 * got wrong.
 *
 * @param altDates other days that outlets give for it (a night event, a time zone): a found date on one of them is
 *                 right too
 * @param heldOut  whether the incident belongs to the held-out part, which tuning never looks at
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldIncident(String id, LocalDate date, DatePrecision precision, List<LocalDate> altDates,
                           String facility, String settlement, String region, String country, IncidentKind kind,
                           boolean militaryIndustrial, boolean unexplained, boolean heldOut, String note) {

    public GoldIncident {
        altDates = altDates == null ? List.of() : List.copyOf(altDates);
    }

    /** What CONTRACT.md counts: an unexplained explosion at a military-industrial site. */
    public boolean counted() {
        return kind == IncidentKind.EXPLOSION && militaryIndustrial && unexplained;
    }

    /** Whether a found date is one of the days the annotators accept for this incident. */
    public boolean acceptsDay(LocalDate day) {
        return day.equals(date) || altDates.contains(day);
    }
}
