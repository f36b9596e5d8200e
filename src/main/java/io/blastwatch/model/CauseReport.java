package io.blastwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What one source said about an incident's cause; {@code attack} when it attributes the incident to an attack.
 *
 * @param speaker who makes the statement, as the article tells (null in records written before it was kept)
 * @param stance  how the statement puts it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CauseReport(String published, String outlet, String articleId, String cause, boolean attack,
                          CauseSpeaker speaker, CauseStance stance) {

    /** An attack statement by someone who answers for it: investigators, officials, or a party claiming it. */
    public boolean accountableAttack() {
        return attack && (speaker == CauseSpeaker.INVESTIGATORS || speaker == CauseSpeaker.OFFICIALS
                || speaker == CauseSpeaker.PARTY);
    }

    /** An official finding of another cause than an attack: an accident, a fault, a breach of safety rules. */
    public boolean officialFinding() {
        return !attack && cause != null && stance != CauseStance.SUSPECTED && stance != CauseStance.DENIED
                && (speaker == CauseSpeaker.INVESTIGATORS || speaker == CauseSpeaker.OFFICIALS);
    }
}
