package io.blastwatch.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Ids;
import io.blastwatch.model.WindowCount;

/** The threshold rule: at least {@code threshold} counted explosions in the rolling window of {@code months}. */
public record AlertRule(int threshold, int months) {

    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve"};
    private static final Map<String, String> ADJECTIVES = Map.of("RU", "Russian", "UA", "Ukrainian", "BY", "Belarusian");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public AlertRule {
        if (threshold < 1) {
            throw new IllegalArgumentException("alert threshold must be at least 1, got " + threshold);
        }
    }

    public String name() {
        return "unexplained-explosions-" + months + "m-min" + threshold;
    }

    public boolean crossed(WindowCount count) {
        return count.count() >= threshold;
    }

    /** The same rule, country and first window give the same id on every run and every machine. */
    public String alertId(String country, LocalDate episodeStart) {
        return "alert-" + Ids.hash(name() + "|" + country + "|" + episodeStart, 16);
    }

    public Alert firing(WindowCount crossing, LocalDate activeThrough) {
        return new Alert(alertId(crossing.country(), crossing.windowEnd()), AlertStatus.FIRING, name(),
                crossing.country(), threshold, crossing.count(), crossing.windowStart(), crossing.windowEnd(),
                activeThrough, crossing.incidentIds(), summary(crossing.count(), crossing.country(), crossing.windowEnd()),
                null);
    }

    /**
     * The all-clear for an episode that later reports took away.
     *
     * @param highest the window of the episode's former days with the highest count now, below the threshold
     */
    public Alert resolved(Alert fired, WindowCount highest) {
        int count = highest == null ? 0 : highest.count();
        if (count >= threshold) {
            throw new IllegalArgumentException("an episode with a window of " + count + " at threshold " + threshold
                    + " is not resolved");
        }
        List<String> ids = highest == null ? List.of() : highest.incidentIds();
        LocalDate end = highest == null ? fired.windowEnd() : highest.windowEnd();
        String summary = "Resolved: later reports leave " + summary(count, fired.country(), end)
                + ", the episode's highest, below the threshold of " + threshold;
        return new Alert(fired.id(), AlertStatus.RESOLVED, name(), fired.country(), threshold, count,
                fired.windowStart(), fired.windowEnd(), null, ids, summary, null);
    }

    /** The record saying that an episode goes on under {@code survivor}: it starts on another day now or merged. */
    public Alert superseded(Alert fired, Alert survivor) {
        String how = "the episode now starts " + (survivor.windowEnd().isBefore(fired.windowEnd()) ? "earlier" : "later")
                + ", with the " + summaryPeriod() + " to " + DAY.format(survivor.windowEnd());
        return new Alert(fired.id(), AlertStatus.SUPERSEDED, name(), fired.country(), threshold, survivor.count(),
                fired.windowStart(), fired.windowEnd(), null, fired.incidentIds(),
                "Superseded by " + survivor.id() + ": " + how + " (" + survivor.summary() + ")", survivor.id());
    }

    private String summaryPeriod() {
        String period = months < NUMBER_WORDS.length ? NUMBER_WORDS[months] : String.valueOf(months);
        return period + " month" + (months == 1 ? "" : "s");
    }

    /** "5 unexplained explosions at Russian military-industrial sites in the four months to 7 February 2024". */
    String summary(int count, String country, LocalDate end) {
        String nationality = ADJECTIVES.getOrDefault(country, country);
        return count + " unexplained explosion" + (count == 1 ? "" : "s") + " at " + nationality
                + " military-industrial sites in the " + summaryPeriod() + " to " + DAY.format(end);
    }
}
