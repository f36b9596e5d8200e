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

    /**
     * How many years back a mention with an unknown year may reach: archives reach back two decades (the corpus holds
     * 2009 arsenal blasts that undated copies recall).
     */
    static final int UNKNOWN_YEARS_BACK = 20;
    /** A YEAR-precision mention spans a year; nothing a report says spans more. */
    static final int MAX_INTERVAL_DAYS = 366;
    /** Four-digit years: dates in store keys sort as text only then. */
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;

    private MentionDates() {
    }

    static List<DateInterval> intervals(IncidentMention m) {
        if (!dated(m)) {
            return List.of(); // a placeholder date: an undated report meets incidents by its site, not its date
        }
        DateInterval stated = new DateInterval(m.earliest(), m.latest());
        if (m.dateBasis() == null || m.dateBasis().yearKnown()) {
            return List.of(stated);
        }
        List<DateInterval> candidates = new ArrayList<>(UNKNOWN_YEARS_BACK + 1);
        for (int back = 0; back <= UNKNOWN_YEARS_BACK; back++) {
            candidates.add(stated.shiftYears(-back));
        }
        return candidates;
    }

    /**
     * Why a mention cannot be deduplicated, or null. Our extractor never writes such a mention; another producer on
     * the topic might, and an interval of centuries would make one mention index thousands of months.
     */
    static String problem(IncidentMention m) {
        if (m.earliest() == null || m.latest() == null || m.date() == null) {
            return "mention " + m.mentionId() + " has no date interval";
        }
        if (m.latest().isBefore(m.earliest())) {
            return "mention " + m.mentionId() + " ends before it starts: " + m.earliest() + ".." + m.latest();
        }
        if (m.latest().toEpochDay() - m.earliest().toEpochDay() > MAX_INTERVAL_DAYS) {
            return "mention " + m.mentionId() + " spans more than a year: " + m.earliest() + ".." + m.latest();
        }
        if (m.earliest().getYear() < MIN_YEAR + UNKNOWN_YEARS_BACK || m.latest().getYear() > MAX_YEAR) {
            return "mention " + m.mentionId() + " is dated outside the years " + (MIN_YEAR + UNKNOWN_YEARS_BACK) + "-"
                    + MAX_YEAR + ": " + m.earliest() + ".." + m.latest();
        }
        return null;
    }

    static boolean yearKnown(IncidentMention m) {
        return m.dateBasis() == null || m.dateBasis().yearKnown();
    }

    /** Whether the mention's date says anything: an undated report's is the time of processing. */
    static boolean dated(IncidentMention m) {
        return m.dateBasis() == null || m.dateBasis().dated();
    }

    static boolean singleDay(IncidentMention m) {
        return m.earliest().equals(m.latest());
    }
}
