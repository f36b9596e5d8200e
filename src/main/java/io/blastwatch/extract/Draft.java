package io.blastwatch.extract;

import java.time.LocalDate;
import java.util.List;

import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.IncidentKind;

/**
 * An incident as the extractor assembles it from one article: started from a sentence, then completed from other
 * sentences of the same article (a place from the sentence before, a cause from a later one). Lives only inside one
 * {@link IncidentExtractor#extract} call.
 */
final class Draft {

    final SentenceFacts sentence;
    LocationGroup group;
    ResolvedDate date;
    IncidentKind kind;
    boolean attack;
    String cause;
    /** The statement behind {@link #cause} and {@link #attack}, for who said it and how; null when none. */
    CauseFinding causeOf;
    boolean military;
    boolean placeInherited;
    /** Reported by a sentence without incident words, in a paragraph about incidents. */
    boolean promoted;
    /** The days of the week an undated page gives its news ("the Thursday evening fire"), when its date is unknown. */
    List<java.time.DayOfWeek> weekdays = List.of();

    Draft(SentenceFacts sentence, LocationGroup group, ResolvedDate date, IncidentKind kind) {
        this.sentence = sentence;
        this.group = group;
        this.date = date;
        this.kind = kind;
    }

    /**
     * Takes a sentence's cause statement as this incident's when it has none yet, or when it is the first that
     * reports an attack: the attack is what decides the incident's cause, so its speaker is the one to keep.
     */
    void statement(CauseFinding finding) {
        if (finding == null || !finding.saysSomething()) {
            return;
        }
        if (causeOf == null || finding.attack() && !causeOf.attack()) {
            causeOf = finding;
        }
    }

    boolean dated() {
        return date != null;
    }

    boolean placed() {
        return group != null && group.hasPlace();
    }

    /** Whether the date is the placeholder of a report that nothing dates ({@link io.blastwatch.model.DateBasis#UNDATED}). */
    boolean dateUnknown() {
        return date != null && !date.basis().dated();
    }

    boolean overlaps(Draft other) {
        // A placeholder date overlaps nothing: two undated reports are one only when deduplication says so.
        return dated() && other.dated() && !dateUnknown() && !other.dateUnknown() && !date.latest().isBefore(other.date.earliest())
                && !other.date.latest().isBefore(date.earliest());
    }

    int width() {
        return (int) (date.latest().toEpochDay() - date.earliest().toEpochDay());
    }

    /** One date for a list of dates that a sentence gives a place without saying which is which. */
    static ResolvedDate union(List<ResolvedDate> dates) {
        ResolvedDate first = dates.get(0);
        if (dates.size() == 1) {
            return first;
        }
        LocalDate earliest = first.earliest();
        LocalDate latest = first.latest();
        DatePrecision precision = first.precision();
        int start = first.start();
        int end = first.end();
        for (ResolvedDate d : dates) {
            earliest = d.earliest().isBefore(earliest) ? d.earliest() : earliest;
            latest = d.latest().isAfter(latest) ? d.latest() : latest;
            precision = d.precision().compareTo(precision) > 0 ? d.precision() : precision;
            start = Math.min(start, d.start());
            end = Math.max(end, d.end());
        }
        LocalDate date = switch (precision) {
            case DAY -> earliest;
            case MONTH -> earliest.withDayOfMonth(1);
            case YEAR -> earliest.withDayOfYear(1);
        };
        String words = dates.stream().map(ResolvedDate::text).reduce((a, b) -> a + " / " + b).orElse("");
        return new ResolvedDate(date, precision, earliest, latest, words, first.basis(), start, end);
    }
}
