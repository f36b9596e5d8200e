package io.blastwatch.dedup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.blastwatch.model.IncidentMention;

/** A mention as the deduplication store keeps it: with the incident it currently belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredMention(IncidentMention mention, String incidentId) {

    StoredMention withIncident(String id) {
        return new StoredMention(mention, id);
    }
}
