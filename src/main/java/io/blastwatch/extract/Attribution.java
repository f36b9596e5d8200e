package io.blastwatch.extract;

import java.util.List;
import java.util.Set;

import io.blastwatch.model.CauseSpeaker;

/**
 * Who says what caused an incident, and how, read from the sentence of the cause statement: "Ukraine's General
 * Staff claimed the strike" (a party, claimed), "the governor said the cause was a short circuit" (officials,
 * stated), "Telegram channels reported a drone attack" (media, stated), "an intelligence source said drones hit
 * the plant" (media: an unnamed source, whoever it serves).
 */
final class Attribution {

    private static final LanguageResource WORDS = LanguageResource.load("en", "attribution.txt");
    private static final Set<String> INVESTIGATORS = WORDS.words("investigators");
    private static final Set<String> OFFICIALS = WORDS.words("officials");
    private static final Set<String> PARTY = WORDS.words("party");
    private static final Set<String> MEDIA = WORDS.words("media");
    private static final Set<String> ANONYMOUS = WORDS.words("anonymous");
    private static final Set<String> CLAIMED = WORDS.words("claimed");
    private static final Set<String> CONFIRMED = WORDS.words("confirmed");

    private Attribution() {
    }

    /**
     * The speaker a sentence names. An unnamed source makes it the media's; otherwise investigators before officials
     * before a party before the media, as the more accountable voice is the one a reader weighs.
     */
    static CauseSpeaker speaker(List<Token> tokens) {
        boolean investigators = false;
        boolean officials = false;
        boolean party = false;
        boolean media = false;
        for (Token t : tokens) {
            String w = t.norm();
            if (ANONYMOUS.contains(w)) {
                return CauseSpeaker.MEDIA;
            }
            investigators |= INVESTIGATORS.contains(w);
            officials |= OFFICIALS.contains(w);
            party |= PARTY.contains(w);
            media |= MEDIA.contains(w);
        }
        return investigators ? CauseSpeaker.INVESTIGATORS : officials ? CauseSpeaker.OFFICIALS
                : party ? CauseSpeaker.PARTY : media ? CauseSpeaker.MEDIA : CauseSpeaker.UNNAMED;
    }

    /** Whether the sentence claims what it says: "claimed responsibility", "claims the strike". */
    static boolean claimed(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> CLAIMED.contains(t.norm()));
    }

    /** Whether the sentence confirms what it says. */
    static boolean confirmed(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> CONFIRMED.contains(t.norm()));
    }
}
