package io.blastwatch.dedup;

import java.util.ArrayList;
import java.util.List;

import io.blastwatch.model.IncidentMention;

/**
 * The intervals a mention's incident date may lie in. A mention whose year nothing fixed (an article with no
 * publication date and no year in its text) may be the same day in any of the last few years: it can join an
 * incident that better-dated reports place in one of them.
 */
final class MentionDates {

    /** How many years back a mention with an unknown year may reach. */
    static final int GUESSED_YEARS_BACK = 5;

    private MentionDates() {
    }

    static List<DateInterval> intervals(IncidentMention m) {
        DateInterval stated = new DateInterval(m.earliest(), m.latest());
        if (m.dateBasis() == null || m.dateBasis().yearKnown()) {
            return List.of(stated);
        }
        List<DateInterval> candidates = new ArrayList<>(GUESSED_YEARS_BACK + 1);
        for (int back = 0; back <= GUESSED_YEARS_BACK; back++) {
            candidates.add(stated.shiftYears(-back));
        }
        return candidates;
    }

    static boolean yearKnown(IncidentMention m) {
        return m.dateBasis() == null || m.dateBasis().yearKnown();
    }

    static boolean singleDay(IncidentMention m) {
        return m.earliest().equals(m.latest());
    }
}
