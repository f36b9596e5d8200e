package io.blastwatch.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.WindowCount;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Raises one alert per episode: a run of consecutive window ends whose count is at or above the threshold. The alert
 * fires when the episode first appears, is sent again only if the window that crossed the threshold changes (its
 * count or its incidents), and resolves when a retraction or a re-attribution takes the episode away. Repeated or
 * replayed updates that change none of that send nothing.
 *
 * <p>Changed windows are not evaluated at once but marked in a store and evaluated together once the counts have
 * settled: one incident change arrives as several count updates, and counts fed from different partitions may pass
 * through a state that is never final (a new incident id counted before the id it replaces is retracted). Waiting
 * keeps such states from reaching consumers. The mark is a store entry, not memory, so a crash between the update
 * and the evaluation loses nothing.
 */
public final class AlertProcessor implements Processor<String, WindowCount, String, Alert> {

    private static final int MAX_DELAY_SETTLES = 10;
    private static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final String countStoreName;
    private final String alertStoreName;
    private final String pendingStoreName;
    private final AlertRule rule;
    private final Duration settle;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, WindowCount> counts;
    private KeyValueStore<String, Alert> alerts;
    private KeyValueStore<String, String> pending;

    public AlertProcessor(String countStoreName, String alertStoreName, String pendingStoreName, AlertRule rule,
                          Duration settle) {
        this.countStoreName = countStoreName;
        this.alertStoreName = alertStoreName;
        this.pendingStoreName = pendingStoreName;
        this.rule = rule;
        this.settle = settle;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.counts = context.getStateStore(countStoreName);
        this.alerts = context.getStateStore(alertStoreName);
        this.pending = context.getStateStore(pendingStoreName);
        context.schedule(settle.dividedBy(2), PunctuationType.WALL_CLOCK_TIME, this::evaluatePending);
    }

    @Override
    public void process(Record<String, WindowCount> record) {
        if (record.value() != null) {
            pending.put(record.value().key(), String.valueOf(context.currentSystemTimeMs()));
        }
    }

    /**
     * Evaluates the marked windows once no count has changed for the settle time, or once the oldest mark has
     * waited ten settle times, so that a steady stream of updates delays alerts by seconds, never indefinitely.
     */
    private void evaluatePending(long now) {
        List<KeyValue<String, String>> marked = new ArrayList<>();
        try (KeyValueIterator<String, String> it = pending.all()) {
            it.forEachRemaining(marked::add);
        }
        if (marked.isEmpty()) {
            return;
        }
        long newest = marked.stream().mapToLong(e -> Long.parseLong(e.value)).max().orElse(now);
        long oldest = marked.stream().mapToLong(e -> Long.parseLong(e.value)).min().orElse(now);
        if (now - newest < settle.toMillis() && now - oldest < MAX_DELAY_SETTLES * settle.toMillis()) {
            return;
        }
        // Marks come in key order, so each country's changed window ends arrive oldest first.
        Map<String, List<LocalDate>> changedByCountry = new LinkedHashMap<>();
        for (KeyValue<String, String> entry : marked) {
            int bar = entry.key.indexOf('|');
            changedByCountry.computeIfAbsent(entry.key.substring(0, bar), c -> new ArrayList<>())
                    .add(LocalDate.parse(entry.key.substring(bar + 1)));
        }
        changedByCountry.forEach((country, changed) -> evaluate(country, changed, now));
        marked.forEach(entry -> pending.delete(entry.key));
    }

    /**
     * Recomputes the episodes around a country's changed window ends, oldest first, and emits what differs from the
     * alerts on record. Everything before the first change is as the last evaluation left it, so a long episode
     * reaching the first change is resumed from its recorded start rather than walked again.
     */
    private void evaluate(String country, List<LocalDate> changed, long now) {
        LocalDate first = changed.get(0);
        LocalDate to = changed.get(changed.size() - 1);
        for (LocalDate end : changed) {
            // A change inside a recorded episode can split it: what follows the change up to the episode's recorded
            // end (the last window, for one still running) may become an episode of its own.
            Alert enclosing = enclosingAlert(country, end);
            LocalDate enclosingEnd = enclosing == null ? null
                    : enclosing.activeThrough() == null ? LAST_DAY : enclosing.activeThrough();
            if (enclosingEnd != null && enclosingEnd.isAfter(to)) {
                to = enclosingEnd;
            }
        }
        WindowCount runBefore = crossingOfRunBefore(country, first);
        LocalDate from = runBefore == null ? first : runBefore.windowEnd();
        Map<LocalDate, Alert> current = episodes(country, runBefore, first, to);
        // An alert on record that starts inside one of the current episodes was merged into it and must resolve.
        LocalDate recordedUntil = to;
        for (Alert episode : current.values()) {
            recordedUntil = max(recordedUntil, episode.activeThrough() == null ? LAST_DAY : episode.activeThrough());
        }
        Map<LocalDate, Alert> recorded = recordedAlerts(country, from, recordedUntil);
        for (Map.Entry<LocalDate, Alert> e : current.entrySet()) {
            Alert before = recorded.get(e.getKey());
            Alert after = e.getValue();
            alerts.put(alertKey(country, e.getKey()), after);
            if (before == null || before.status() != AlertStatus.FIRING || crossingChanged(before, after)) {
                context.forward(new Record<>(after.id(), after, now));
            }
        }
        for (Map.Entry<LocalDate, Alert> e : recorded.entrySet()) {
            if (!current.containsKey(e.getKey()) && e.getValue().status() == AlertStatus.FIRING) {
                Alert resolved = rule.resolved(e.getValue(), counts.get(WindowCount.key(country, e.getKey())));
                alerts.put(alertKey(country, e.getKey()), resolved);
                context.forward(new Record<>(resolved.id(), resolved, now));
            }
        }
    }

    private static boolean crossingChanged(Alert before, Alert after) {
        return before.count() != after.count() || !before.incidentIds().equals(after.incidentIds())
                || !Objects.equals(before.windowStart(), after.windowStart());
    }

    /** The firing alert whose episode contains the window end, if any. */
    private Alert enclosingAlert(String country, LocalDate end) {
        try (KeyValueIterator<String, Alert> it = alerts.reverseRange(alertKey(country, FIRST_DAY),
                alertKey(country, end))) {
            while (it.hasNext()) {
                Alert a = it.next().value;
                if (a.status() == AlertStatus.FIRING) {
                    return a.activeThrough() == null || !a.activeThrough().isBefore(end) ? a : null;
                }
            }
        }
        return null;
    }

    /**
     * The crossing window of the at-threshold run that ends just before {@code day}, or null when the window end
     * before it is below the threshold. Its start comes from the firing alert on record for it; only when there is
     * none (state written before alerts were kept this way) is the run walked back.
     */
    private WindowCount crossingOfRunBefore(String country, LocalDate day) {
        WindowCount previous = null;
        try (KeyValueIterator<String, WindowCount> it = counts.reverseRange(WindowCount.key(country, FIRST_DAY),
                WindowCount.key(country, day.minusDays(1)))) {
            if (it.hasNext()) {
                previous = it.next().value;
            }
        }
        if (previous == null || !rule.crossed(previous)) {
            return null;
        }
        Alert enclosing = enclosingAlert(country, previous.windowEnd());
        if (enclosing != null) {
            WindowCount crossing = counts.get(WindowCount.key(country, enclosing.windowEnd()));
            if (crossing != null && rule.crossed(crossing)) {
                return crossing;
            }
        }
        WindowCount start = previous;
        try (KeyValueIterator<String, WindowCount> it = counts.reverseRange(WindowCount.key(country, FIRST_DAY),
                WindowCount.key(country, previous.windowEnd()))) {
            while (it.hasNext()) {
                WindowCount c = it.next().value;
                if (!rule.crossed(c)) {
                    break;
                }
                start = c;
            }
        }
        return start;
    }

    /**
     * The episodes starting between {@code resumeAt} and {@code to}, each as the alert it stands for, plus the one
     * already running at {@code resumeAt} when {@code crossing} gives its first window. An episode starting in the
     * range is followed to its end even past the range.
     */
    private Map<LocalDate, Alert> episodes(String country, WindowCount running, LocalDate resumeAt, LocalDate to) {
        Map<LocalDate, Alert> found = new LinkedHashMap<>();
        WindowCount crossing = running;
        try (KeyValueIterator<String, WindowCount> it = counts.range(WindowCount.key(country, resumeAt),
                WindowCount.key(country, LAST_DAY))) {
            while (it.hasNext()) {
                WindowCount c = it.next().value;
                if (rule.crossed(c)) {
                    if (crossing == null) {
                        if (c.windowEnd().isAfter(to)) {
                            break;
                        }
                        crossing = c;
                    }
                } else if (crossing != null) {
                    found.put(crossing.windowEnd(), rule.firing(crossing, c.windowEnd().minusDays(1)));
                    crossing = null;
                } else if (c.windowEnd().isAfter(to)) {
                    break;
                }
            }
        }
        if (crossing != null) {
            found.put(crossing.windowEnd(), rule.firing(crossing, null));
        }
        return found;
    }

    private Map<LocalDate, Alert> recordedAlerts(String country, LocalDate from, LocalDate to) {
        Map<LocalDate, Alert> recorded = new LinkedHashMap<>();
        try (KeyValueIterator<String, Alert> it = alerts.range(alertKey(country, from), alertKey(country, to))) {
            while (it.hasNext()) {
                Alert a = it.next().value;
                recorded.put(a.windowEnd(), a);
            }
        }
        return recorded;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String alertKey(String country, LocalDate episodeStart) {
        return country + "|" + episodeStart;
    }
}
