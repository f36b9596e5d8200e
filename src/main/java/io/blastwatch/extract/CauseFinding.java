package io.blastwatch.extract;

import io.blastwatch.model.CauseSpeaker;
import io.blastwatch.model.CauseStance;
import io.blastwatch.model.IncidentKind;

/**
 * What a sentence says about why something happened.
 *
 * @param words       the cause as written ("planned tests of rocket engines"), or null
 * @param attack      the sentence attributes the incident to an attack, neither denied nor hedged
 * @param attackKind  the kind of that attack, or null
 * @param attackToken where in the sentence the attack is named, or -1
 * @param stance      how the sentence puts it (claimed, denied, ...), or null when it says nothing of a cause
 * @param speaker     who says it, or null when it says nothing of a cause
 */
public record CauseFinding(String words, boolean attack, IncidentKind attackKind, int attackToken,
                           CauseStance stance, CauseSpeaker speaker) {

    static final CauseFinding NONE = new CauseFinding(null, false, null, -1, null, null);

    boolean saysSomething() {
        return words != null || attack;
    }
}
