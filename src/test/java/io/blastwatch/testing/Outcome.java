package io.blastwatch.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Incident;
import io.blastwatch.model.WindowCount;
import io.blastwatch.topology.Topics;

/**
 * What a run of the pipeline concluded, in a form two runs can be compared by: the incidents, the count of every
 * day's window per country, and the alerts that are firing.
 */
public record Outcome(Map<String, Incident> incidents, Map<String, Map<LocalDate, Integer>> counts,
                      Map<String, List<String>> firing) {

    public static Outcome of(Map<String, Incident> incidents, Map<String, WindowCount> windows, Map<String, Alert> alerts) {
        Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
        TreeSet<String> countries = new TreeSet<>();
        windows.values().forEach(w -> countries.add(w.country()));
        for (String country : countries) {
            List<WindowCount> changes = windows.values().stream().filter(w -> w.country().equals(country))
                    .sorted(Comparator.comparing(WindowCount::windowEnd)).toList();
            Map<LocalDate, Integer> byDay = new TreeMap<>();
            int index = 0;
            int current = 0;
            for (LocalDate day = changes.get(0).windowEnd(); !day.isAfter(changes.get(changes.size() - 1).windowEnd());
                 day = day.plusDays(1)) {
                while (index < changes.size() && !changes.get(index).windowEnd().isAfter(day)) {
                    current = changes.get(index++).count();
                }
                byDay.put(day, current);
            }
            counts.put(country, trimZeros(byDay));
        }
        Map<String, List<String>> firing = new TreeMap<>();
        alerts.values().stream().filter(a -> a.status() == AlertStatus.FIRING)
                .forEach(a -> firing.put(a.id(), a.incidentIds().stream().sorted().toList()));
        return new Outcome(new TreeMap<>(incidents), counts, firing);
    }

    /** The outcome written to the output topics of a cluster. */
    public static Outcome fromTopics(Map<String, Object> client) {
        return of(TopicSnapshot.latest(client, Topics.INCIDENTS), TopicSnapshot.latest(client, Topics.COUNTS),
                TopicSnapshot.latest(client, Topics.ALERTS));
    }

    /** The outcome of a TopologyTestDriver run. */
    public static Outcome of(PipelineDriver driver) {
        return of(driver.incidents(), driver.counts(), driver.alerts());
    }

    /** Days with count zero are left out: one run may have stored more change points where nothing is counted. */
    private static Map<LocalDate, Integer> trimZeros(Map<LocalDate, Integer> byDay) {
        Map<LocalDate, Integer> trimmed = new TreeMap<>();
        byDay.forEach((d, c) -> {
            if (c != 0) {
                trimmed.put(d, c);
            }
        });
        return trimmed;
    }
}
