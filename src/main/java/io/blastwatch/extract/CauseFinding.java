package io.blastwatch.extract;

import io.blastwatch.model.IncidentKind;

/**
 * What a sentence says about why something happened.
 *
 * @param words       the cause as written ("planned tests of rocket engines"), or null
 * @param attack      the sentence attributes the incident to an attack, neither denied nor hedged
 * @param attackKind  the kind of that attack, or null
 * @param attackToken where in the sentence the attack is named, or -1
 */
public record CauseFinding(String words, boolean attack, IncidentKind attackKind, int attackToken) {

    static final CauseFinding NONE = new CauseFinding(null, false, null, -1);

    boolean saysSomething() {
        return words != null || attack;
    }
}
