package io.blastwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What one source said about an incident's cause; {@code attack} when it attributes the incident to an attack. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CauseReport(String published, String outlet, String articleId, String cause, boolean attack) {
}
