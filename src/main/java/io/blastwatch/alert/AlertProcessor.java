package io.blastwatch.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises one alert per episode: a run of consecutive window ends whose count is at or above the threshold. The alert
 * fires when the episode first appears, is sent again only if the window that crossed the threshold changes (its
 * count or its incidents), and resolves when a retraction or a re-attribution takes the episode away. Repeated or
 * replayed updates that change none of that send nothing.
 *
 * <p>Changed windows are not evaluated at once but marked in a store and evaluated together a little later: one
 * incident change arrives as several count updates, and counts fed from different partitions may pass through a state
 * that is never final (a new incident id counted before the id it replaces is retracted). Waiting keeps such states
 * from reaching consumers. The mark is a store entry, not memory, so a crash between the update and the evaluation
 * loses nothing; it holds the time of the window's first change since it was last evaluated.
 */
public final class AlertProcessor implements Processor<String, WindowCount, String, Alert> {

    private static final Logger log = LoggerFactory.getLogger(AlertProcessor.class);
    private static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final String countStoreName;
    private final String alertStoreName;
    private final String pendingStoreName;
    private final String heldStoreName;
    private final AlertRule rule;
    private final Duration settle;
    private ProcessorContext<String, Alert> context;
    /** When a count last changed; after a restart, the start: the first evaluation then waits a settle time. */
    private long lastChange;
    private KeyValueStore<String, WindowCount> counts;
    private KeyValueStore<String, Alert> alerts;
    private KeyValueStore<String, String> pending;
    private KeyValueStore<String, Alert> held;

    public AlertProcessor(String countStoreName, String alertStoreName, String pendingStoreName, String heldStoreName,
                          AlertRule rule, Duration settle) {
        this.countStoreName = countStoreName;
        this.alertStoreName = alertStoreName;
        this.pendingStoreName = pendingStoreName;
        this.heldStoreName = heldStoreName;
        this.rule = rule;
        this.settle = settle;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.counts = context.getStateStore(countStoreName);
        this.alerts = context.getStateStore(alertStoreName);
        this.pending = context.getStateStore(pendingStoreName);
        this.held = context.getStateStore(heldStoreName);
        this.lastChange = context.currentSystemTimeMs();
        context.schedule(settle.dividedBy(2), PunctuationType.WALL_CLOCK_TIME, this::evaluatePending);
    }

    @Override
    public void process(Record<String, WindowCount> record) {
        // A removed window (null) is marked too: an episode may have started on it.
        lastChange = context.currentSystemTimeMs();
        if (record.key() != null && pending.get(record.key()) == null) {
            pending.put(record.key(), String.valueOf(lastChange));
        }
    }

    /**
     * Evaluates the marked windows once no count has changed for the settle time. While counts keep changing (a
     * replay, a busy feed), the windows are evaluated at every punctuation (half a settle time) once their first change
     * has waited that long, and a record goes out when the next evaluation proposes the same outcome for it again
     * (its latest content): an alert reaches consumers about a settle time after the count that raised it, yet a state
     * that the following updates undo (an episode seen half-way through a replay, two reports of one incident counted
     * before they merge) must hold through two evaluations to go out. Once the counts are quiet, what is proposed goes
     * out at once.
     */
    private void evaluatePending(long now) {
        List<KeyValue<String, String>> marked = new ArrayList<>();
        try (KeyValueIterator<String, String> it = pending.all()) {
            it.forEachRemaining(marked::add);
        }
        if (marked.isEmpty()) {
            return;
        }
        long oldest = marked.stream().mapToLong(e -> Long.parseLong(e.value)).min().orElse(now);
        boolean quiet = now - lastChange >= settle.toMillis();
        if (!quiet && now - oldest < settle.toMillis() / 2) {
            return;
        }
        // Marks come in key order, so each country's changed window ends arrive oldest first.
        Map<String, List<KeyValue<String, String>>> marksByCountry = new LinkedHashMap<>();
        for (KeyValue<String, String> entry : marked) {
            marksByCountry.computeIfAbsent(entry.key.substring(0, entry.key.indexOf('|')), c -> new ArrayList<>())
                    .add(entry);
        }
        marksByCountry.forEach((country, marks) -> {
            List<LocalDate> changed = marks.stream()
                    .map(m -> LocalDate.parse(m.key.substring(m.key.indexOf('|') + 1))).toList();
            if (send(country, evaluate(country, changed), quiet, now)) {
                marks.forEach(m -> pending.delete(m.key));
            }
            // Otherwise the marks stay: the next punctuation evaluates them again, when the proposals have held or
            // changed.
        });
    }

    /**
     * Sends the proposed records that are final (the counts are quiet) or whose outcome the previous evaluation
     * proposed too, and keeps the others as proposals. A SUPERSEDED record waits for the alert it points to.
     *
     * @return whether everything proposed went out
     */
    private boolean send(String country, List<Alert> proposed, boolean quiet, long now) {
        Map<String, Alert> before = new LinkedHashMap<>();
        try (KeyValueIterator<String, Alert> it = held.range(country + "|", country + "|\uffff")) {
            it.forEachRemaining(kv -> before.put(kv.key, kv.value));
        }
        before.keySet().forEach(held::delete);
        List<String> ready = new ArrayList<>();
        for (Alert a : proposed) {
            if (quiet || sameOutcome(a, before.get(alertKey(country, a.windowEnd())))) {
                ready.add(a.id());
            }
        }
        boolean all = true;
        for (Alert a : proposed) {
            String key = alertKey(country, a.windowEnd());
            boolean survivorWaits = a.supersededBy() != null && !ready.contains(a.supersededBy())
                    && proposed.stream().anyMatch(p -> p.id().equals(a.supersededBy()));
            if (ready.contains(a.id()) && !survivorWaits) {
                alerts.put(key, a);
                context.forward(new Record<>(a.id(), a, now));
                if (a.status() == AlertStatus.SUPERSEDED) {
                    // Its episode lives on under supersededBy: the id leaves the compacted topic, so that the topic
                    // holds the same alerts however the reports happened to arrive. The store keeps it.
                    context.forward(new Record<>(a.id(), (Alert) null, now));
                }
            } else {
                held.put(key, a);
                all = false;
            }
        }
        return all;
    }

    /**
     * Whether two proposals for one alert say the same thing to a pager: the same status and, when superseded, the same
     * survivor. Its count and last day may still grow from one evaluation to the next while reports keep coming; a
     * record waiting for those to hold still would wait as long as the stream is busy.
     */
    private static boolean sameOutcome(Alert proposal, Alert previous) {
        return previous != null && proposal.status() == previous.status()
                && Objects.equals(proposal.supersededBy(), previous.supersededBy());
    }

    /**
     * Recomputes the episodes around a country's changed window ends, oldest first, and proposes the records that
     * differ from the alerts on record: current episodes first, then those gone. Everything before the first change
     * is as the last evaluation left it, so a long episode reaching the first change is resumed from its recorded
     * start rather than walked again.
     */
    private List<Alert> evaluate(String country, List<LocalDate> changed) {
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
        List<Alert> proposed = new ArrayList<>();
        for (Map.Entry<LocalDate, Alert> e : current.entrySet()) {
            Alert before = recorded.get(e.getKey());
            Alert after = e.getValue();
            if (before == null || before.status() != AlertStatus.FIRING || changed(before, after)) {
                proposed.add(after);
            }
        }
        for (Map.Entry<LocalDate, Alert> e : recorded.entrySet()) {
            Alert episode = e.getValue();
            if (current.containsKey(e.getKey()) || episode.status() != AlertStatus.FIRING) {
                continue;
            }
            // Gone under its own id, the episode may still be there under another: its first window moved, or it
            // merged with an earlier one. Only when none of its days reaches the threshold any more is it resolved.
            Alert survivor = overlapping(country, episode, current, recorded.keySet());
            WindowCount highest = highest(country, episode.windowEnd(), periodEnd(episode));
            if (survivor != null) {
                proposed.add(rule.superseded(episode, survivor));
            } else if (highest == null || !rule.crossed(highest)) {
                proposed.add(rule.resolved(episode, highest));
            } else {
                // Cannot happen while the stores agree; an alert left firing is better than a false all-clear.
                log.warn("alert {} has a window at the threshold ({}) but no episode on record covers it",
                        episode.id(), highest.key());
            }
        }
        return proposed;
    }

    /**
     * What a consumer must hear again: the crossing window (count, incidents, start) or the episode's last day. The
     * last day moves whenever a later incident prolongs the episode; a consumer showing "active until" needs it.
     */
    private static boolean changed(Alert before, Alert after) {
        return before.count() != after.count() || !before.incidentIds().equals(after.incidentIds())
                || !Objects.equals(before.windowStart(), after.windowStart())
                || !Objects.equals(before.activeThrough(), after.activeThrough());
    }

    /**
     * The earliest episode sharing a day with the given one: among the current episodes of the evaluated range, and
     * the firing alerts on record outside it, which the evaluation left as they were.
     */
    private Alert overlapping(String country, Alert episode, Map<LocalDate, Alert> current, Set<LocalDate> evaluated) {
        Alert first = null;
        for (Alert a : current.values()) {
            if (overlaps(a, episode) && (first == null || a.windowEnd().isBefore(first.windowEnd()))) {
                first = a;
            }
        }
        try (KeyValueIterator<String, Alert> it = alerts.range(alertKey(country, FIRST_DAY),
                alertKey(country, periodEnd(episode)))) {
            while (it.hasNext()) {
                Alert a = it.next().value;
                if (a.status() == AlertStatus.FIRING && !evaluated.contains(a.windowEnd()) && overlaps(a, episode)
                        && (first == null || a.windowEnd().isBefore(first.windowEnd()))) {
                    first = a;
                }
            }
        }
        return first;
    }

    private static boolean overlaps(Alert a, Alert b) {
        return !a.windowEnd().isAfter(periodEnd(b)) && !periodEnd(a).isBefore(b.windowEnd());
    }

    private static LocalDate periodEnd(Alert a) {
        return a.activeThrough() == null ? LAST_DAY : a.activeThrough();
    }

    /** The window with the highest count among those ending between {@code from} and {@code to}. */
    private WindowCount highest(String country, LocalDate from, LocalDate to) {
        WindowCount highest = null;
        // The window ending on {@code from} has the count of the latest stored end at or before it.
        try (KeyValueIterator<String, WindowCount> it = counts.reverseRange(WindowCount.key(country, FIRST_DAY),
                WindowCount.key(country, from))) {
            if (it.hasNext()) {
                highest = it.next().value;
            }
        }
        try (KeyValueIterator<String, WindowCount> it = counts.range(WindowCount.key(country, from),
                WindowCount.key(country, to))) {
            while (it.hasNext()) {
                WindowCount c = it.next().value;
                if (highest == null || c.count() > highest.count()) {
                    highest = c;
                }
            }
        }
        return highest;
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
