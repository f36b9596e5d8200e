package io.blastwatch.extract;

import java.util.List;

import io.blastwatch.model.IncidentKind;

/**
 * What one sentence holds before the article is put together: its words, dates, places and facilities, whether it
 * reports an incident and what it says of causes.
 *
 * @param incidentDates the dates that can be incident dates: those telling when something was said are left out
 * @param sites         names of sites of the knowledge base, each with the sites it may call
 * @param kind          the incident kind its trigger words name, or null when it names none
 * @param weakTrigger   it names an incident only vaguely ("the incident"), leaving the kind to the article
 * @param background    it lists other incidents than the one reported ("previous explosions include ...")
 * @param anaphoric     it refers back to an incident already named ("the explosion", "the blast")
 * @param military      it uses words of the military industry
 */
record SentenceFacts(Sentence sentence, List<Token> tokens, List<DateExpression> dates,
                     List<DateExpression> incidentDates, List<PlaceMatch> places, List<FacilityMatch> facilities,
                     List<Sites.SiteMatch> sites,
                     IncidentKind kind, boolean weakTrigger, CauseFinding cause, boolean background,
                     boolean anaphoric, boolean military, boolean militaryFraming, boolean respectively) {

    int block() {
        return sentence.block();
    }
}
