package io.blastwatch.window;

import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;

/**
 * Which incidents the rolling count counts: explosions at military-industrial sites whose cause is unexplained and
 * whose year is known. An incident dated only by a guess (an undated article without a single year in it) waits for a
 * dated report before it counts. Dates need four-digit years, the only ones whose store keys sort as dates; another
 * producer on the incident topic could write others.
 */
public final class CountingRule {

    private CountingRule() {
    }

    public static boolean counts(Incident incident) {
        return incident != null && counts(CountableFacts.of(incident));
    }

    public static boolean counts(CountableFacts incident) {
        return incident != null
                && incident.kind() == IncidentKind.EXPLOSION
                && incident.militaryIndustrial()
                && incident.unexplained()
                && incident.country() != null
                && incident.date() != null
                && incident.date().getYear() >= 1000 && incident.date().getYear() <= 9999
                && (incident.dateBasis() == null || incident.dateBasis().yearKnown());
    }
}
