package io.blastwatch.window;

import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;

/**
 * Which incidents the rolling count counts: explosions at military-industrial sites whose cause is unexplained and
 * whose year is known. An incident dated only by a guess (an undated article without a single year in it) waits for a
 * dated report before it counts.
 */
public final class CountingRule {

    private CountingRule() {
    }

    public static boolean counts(Incident incident) {
        return incident != null
                && incident.kind() == IncidentKind.EXPLOSION
                && incident.militaryIndustrial()
                && incident.unexplained()
                && incident.country() != null
                && incident.date() != null
                && (incident.dateBasis() == null || incident.dateBasis().yearKnown());
    }
}
