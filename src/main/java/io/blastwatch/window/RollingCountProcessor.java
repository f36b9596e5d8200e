package io.blastwatch.window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.blastwatch.model.WindowCount;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the rolling count of every country exact under late, moved and retracted incidents.
 *
 * <p>Why not a windowed aggregation: Kafka Streams' time windows aggregate a stream, not an updating table. They
 * cannot take an incident back out when it is merged away or re-attributed, and they drop records that arrive past
 * the grace period, while a February article about an October explosion must still change October's windows. So the
 * count is kept as a processor over two stores: the counted incidents of each country by date, and the count of
 * every window end where the count changes.
 *
 * <p>The count as a function of the window end only changes on the day an incident enters (its date) and the day it
 * leaves (its date plus the period). Storing the windows ending on those days describes every window exactly: the
 * count of a window ending on any other day is that of the latest stored end before it. One incident change
 * recomputes only the windows between its date and the day it leaves.
 */
public final class RollingCountProcessor implements Processor<String, CountChange, String, WindowCount> {

    private static final String KEY_END = "\uffff";

    private final String countedStoreName;
    private final String countStoreName;
    private final RollingWindow window;
    private ProcessorContext<String, WindowCount> context;
    private KeyValueStore<String, String> counted;
    private KeyValueStore<String, WindowCount> counts;

    public RollingCountProcessor(String countedStoreName, String countStoreName, RollingWindow window) {
        this.countedStoreName = countedStoreName;
        this.countStoreName = countStoreName;
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, WindowCount> context) {
        this.context = context;
        this.counted = context.getStateStore(countedStoreName);
        this.counts = context.getStateStore(countStoreName);
    }

    @Override
    public void process(Record<String, CountChange> record) {
        String country = record.key();
        CountChange change = record.value();
        if (country == null || change == null) {
            return;
        }
        if (change.before() != null) {
            counted.delete(countedKey(country, change.before(), change.incidentId()));
        }
        if (change.after() != null) {
            counted.put(countedKey(country, change.after(), change.incidentId()), change.incidentId());
        }
        TreeSet<LocalDate> ends = new TreeSet<>();
        TreeSet<LocalDate> changePoints = new TreeSet<>();
        for (LocalDate day : new LocalDate[] {change.before(), change.after()}) {
            if (day != null) {
                ends.addAll(affectedEnds(country, day, changePoints));
            }
        }
        List<WindowCount> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (WindowCount count : counts(country, new ArrayList<>(ends))) {
            WindowCount stored = counts.get(count.key());
            if (!changePoints.contains(count.windowEnd())) {
                // No incident enters or leaves on this day any more (the one that did moved or was retracted): the
                // window repeats the one before it, and keeping it would leave a record that depends on the order
                // in which reports arrived.
                if (stored != null) {
                    counts.delete(count.key());
                    removed.add(count.key());
                }
            } else if (!count.equals(stored)) {
                counts.put(count.key(), count);
                changed.add(count);
            }
        }
        // All stores are updated before anything is forwarded: downstream readers of the count store see one state.
        for (WindowCount count : changed) {
            context.forward(record.withKey(count.key()).withValue(count));
        }
        for (String key : removed) {
            context.forward(record.withKey(key).withValue((WindowCount) null));
        }
    }

    /**
     * The window ends between a day and the day it leaves the count where the count may change: the change points
     * of the counted incidents (their dates and the days they leave), which go into {@code changePoints}, and the
     * ends stored so far, which may no longer be change points.
     */
    private List<LocalDate> affectedEnds(String country, LocalDate day, Set<LocalDate> changePoints) {
        LocalDate leaves = window.leaves(day);
        TreeSet<LocalDate> ends = new TreeSet<>(List.of(day, leaves));
        // Every incident that enters or leaves within [day, leaves]; a week of margin over the month arithmetic, since
        // a change point missed here would be removed as if it were none.
        LocalDate earliest = day.minusMonths(window.months()).minusDays(7);
        try (KeyValueIterator<String, String> it = counted.range(country + "|" + earliest + "|",
                country + "|" + leaves + "|" + KEY_END)) {
            while (it.hasNext()) {
                LocalDate other = dateOf(it.next().key);
                for (LocalDate end : new LocalDate[] {other, window.leaves(other)}) {
                    if (!end.isBefore(day) && !end.isAfter(leaves)) {
                        ends.add(end);
                        changePoints.add(end);
                    }
                }
            }
        }
        try (KeyValueIterator<String, WindowCount> it = counts.range(WindowCount.key(country, day),
                WindowCount.key(country, leaves))) {
            while (it.hasNext()) {
                ends.add(it.next().value.windowEnd());
            }
        }
        return new ArrayList<>(ends);
    }

    /**
     * The windows ending on the given days, oldest first, from one scan of the counted incidents: the window slides
     * forward over them instead of each window reading its own four months again.
     */
    private List<WindowCount> counts(String country, List<LocalDate> ends) {
        if (ends.isEmpty()) {
            return List.of();
        }
        List<KeyValue<String, String>> incidents = new ArrayList<>();
        try (KeyValueIterator<String, String> it = counted.range(country + "|" + window.start(ends.get(0)) + "|",
                country + "|" + ends.get(ends.size() - 1) + "|" + KEY_END)) {
            it.forEachRemaining(incidents::add);
        }
        List<WindowCount> windows = new ArrayList<>(ends.size());
        int from = 0;
        int to = 0;
        for (LocalDate end : ends) {
            LocalDate start = window.start(end);
            while (to < incidents.size() && !dateOf(incidents.get(to).key).isAfter(end)) {
                to++;
            }
            while (from < to && dateOf(incidents.get(from).key).isBefore(start)) {
                from++;
            }
            List<String> ids = incidents.subList(from, to).stream().map(e -> e.value).toList();
            windows.add(new WindowCount(country, start, end, ids.size(), ids));
        }
        return windows;
    }

    static String countedKey(String country, LocalDate day, String incidentId) {
        return country + "|" + day + "|" + incidentId;
    }

    private static LocalDate dateOf(String countedKey) {
        int first = countedKey.indexOf('|');
        return LocalDate.parse(countedKey.substring(first + 1, countedKey.indexOf('|', first + 1)));
    }
}
