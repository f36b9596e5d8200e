package io.blastwatch.dedup;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.Retention;
import io.blastwatch.serde.Json;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Merges incident mentions into canonical incidents and emits every change: the new state of each incident that
 * changed, and a tombstone for each id that another incident absorbed.
 *
 * <p>Mentions arrive partitioned by region, so all candidates for one incident meet in one task. A new mention can
 * only change incidents whose dates it could share, so instead of the whole region the processor regroups just the
 * mentions reachable from it through overlapping dates ({@link #neighbourhood}). Regrouping those from scratch, rather
 * than patching the previous grouping, is what makes the result independent of arrival order.
 *
 * <p>A report that nothing dates ({@link io.blastwatch.model.DateBasis#UNDATED}: a page that lost its date) cannot be
 * grouped by date. It lends its source to the one incident on record at its knowledge-base site
 * ({@link PlaceMatching#siteKeys}), and to none when there are several or none; a report that gives its weekday
 * ("the Thursday evening fire") lends it to the one incident at its site or in its town dated on that weekday
 * ({@link #target}). Every change to the incidents at a site or town, their dates included, looks again at the
 * undated reports there, so the result does not depend on order either.
 *
 * <p>State: every mention (with its incident id) under its id, an index entry per mention and month it may fall in,
 * an index entry per undated report and site or town key, and per incident and key (with the incident's date), the
 * last emitted state of every incident (its JSON, as it went out), and the expiry dates of both ({@link ExpiryIndex}).
 * Mentions and incidents dated more than the retention period before stream time (the latest publication time seen)
 * are removed every hour of stream time, at most {@link Retention#PURGE_BATCH} of each at a time, and every
 * {@link Retention#PURGE_CATCH_UP} of wall-clock time while the last purge left more behind.
 */
public final class IncidentDedupProcessor implements Processor<String, IncidentMention, String, byte[]> {

    /**
     * Sources listed per incident unless configured: the first reports. Every report rewrites its incident's record
     * in the store, its changelog and the topic, so the listed sources are written again with each one: with 100, a
     * busy incident's roundup mentions cost some 45 KB each, and a replay wrote twenty times the bytes it read.
     */
    public static final int DEFAULT_MAX_SOURCES = 20;
    /** Mentions kept as objects per task, about 2 KB each: the recent months of a few busy regions. */
    private static final int MAX_CACHED_MENTIONS = 5_000;
    /** No fewer than this, however small the heap: a busy incident's reports. */
    private static final int MIN_CACHED_MENTIONS = 1_000;
    /** One mention kept as an object per this much of the heap. */
    private static final long HEAP_PER_CACHED_MENTION = 64 * 1024;
    /** Incidents whose last emitted hash is kept per task. */
    private static final int CACHED_INCIDENTS = 5_000;
    /** Month index entries (the mention ids of one block and month) kept as objects per task. */
    private static final int CACHED_MONTHS = 4_000;

    private final String mentionStoreName;
    private final String indexStoreName;
    private final String incidentStoreName;
    private final IncidentMerger merger;
    private final Retention retention;
    /** Mentions kept as objects by this task, and preparations by its merger: {@link #cachedMentions(long)}. */
    private final int cachedMentions;

    private ProcessorContext<String, byte[]> context;
    private MentionStore mentions;
    private KeyValueStore<String, String> index;
    private IncidentStore incidents;
    private ExpiryIndex expiry;
    /**
     * The month and undated entries of the index recently scanned, by prefix, kept in step with every write of them:
     * each new mention scans the months of its neighbourhood again, mostly the same ones, and the scans through the
     * store's cache and RocksDB were a tenth of deduplication. Each id of a month carries its mention's days once
     * known ({@link #days}), so that the mentions of a month whose days miss the interval are not read at all: reading
     * them was a tenth of deduplication too. A new instance starts empty, as after a restore.
     */
    private Map<String, NavigableMap<String, long[]>> monthIds;
    /** Whether the last purge forgot a full batch of mentions or incidents: the wall clock then goes on. */
    private boolean purgeBehind;

    public IncidentDedupProcessor(String mentionStoreName, String indexStoreName, String incidentStoreName,
                                  int maxSources, Retention retention) {
        this.mentionStoreName = mentionStoreName;
        this.indexStoreName = indexStoreName;
        this.incidentStoreName = incidentStoreName;
        this.cachedMentions = cachedMentions(Runtime.getRuntime().maxMemory());
        this.merger = new IncidentMerger(maxSources, cachedMentions);
        this.retention = retention;
    }

    /**
     * Mentions kept as objects per task: one per 64 KB of the heap, from 1,000 to 5,000 (3,200 on the 200 MB heap the
     * README advises for a 512 MB machine). Each task keeps its own: with four tasks on that heap, 5,000 each (and
     * their mergers' preparations, up to 20,000 each) held nearly every mention of the bench's memory run, some
     * 45 MB, and the run ran out of heap under load in two of three runs.
     */
    static int cachedMentions(long maxHeapBytes) {
        long byHeap = maxHeapBytes / HEAP_PER_CACHED_MENTION;
        return (int) Math.max(MIN_CACHED_MENTIONS, Math.min(MAX_CACHED_MENTIONS, byHeap));
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.mentions = new MentionStore(context.getStateStore(mentionStoreName), cachedMentions);
        this.index = context.getStateStore(indexStoreName);
        this.incidents = new IncidentStore(context.getStateStore(incidentStoreName), CACHED_INCIDENTS);
        this.expiry = new ExpiryIndex(index);
        this.monthIds = new LruMap<>(CACHED_MONTHS);
        context.schedule(Retention.PURGE_INTERVAL, PunctuationType.STREAM_TIME, this::purgeExpired);
        context.schedule(Retention.PURGE_CATCH_UP, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (purgeBehind) {
                purgeExpired(context.currentStreamTimeMs());
            }
        });
    }

    @Override
    public void process(Record<String, IncidentMention> record) {
        IncidentMention mention = record.value();
        if (mention == null || mention.mentionId() == null) {
            return;
        }
        String block = record.key();
        StoredMention previous = mentions.get(mention.mentionId());
        if (previous != null && !MentionDates.dated(previous.mention())) {
            if (previous.mention().equals(mention)) {
                return;
            }
            forget(block, previous.mention());
            remerge(block, previous.incidentId(), record.timestamp());
            previous = null;
        }
        if (mention.retracted()) {
            if (previous != null) {
                forget(block, previous.mention());
                regroup(block, MentionDates.intervals(previous.mention()), Map.of(mention.mentionId(), previous),
                        Set.of(), record.timestamp());
            }
            return;
        }
        if (previous != null && previous.mention().equals(mention)) {
            return; // the same article sent again changes nothing
        }
        String problem = MentionDates.problem(mention);
        if (problem != null) {
            throw new IllegalArgumentException(problem); // the processing exception handler dead-letters it
        }
        if (!MentionDates.dated(mention)) {
            if (previous != null) {
                forget(block, previous.mention());
                regroup(block, MentionDates.intervals(previous.mention()), Map.of(mention.mentionId(), previous),
                        Set.of(), record.timestamp());
            }
            remember(block, new StoredMention(mention, null));
            attachUndated(block, PlaceMatching.undatedKeys(mention), record.timestamp());
            return;
        }
        List<DateInterval> reach = new ArrayList<>(MentionDates.intervals(mention));
        Map<String, StoredMention> removed = new HashMap<>();
        if (previous != null) {
            forget(block, previous.mention());
            reach.addAll(MentionDates.intervals(previous.mention()));
            removed.put(mention.mentionId(), previous);
        }
        remember(block, new StoredMention(mention, null));
        regroup(block, reach, removed, Set.of(), record.timestamp());
    }

    /**
     * Regroups the mentions that could belong with the changed one and emits the difference.
     *
     * @param removed mentions just taken out, whose incidents must be re-emitted or retracted too
     * @param remerged incidents to merge again even when their members did not change: their undated reports did
     */
    private void regroup(String block, List<DateInterval> reach, Map<String, StoredMention> removed,
                         Set<String> remerged, long timestamp) {
        Map<String, StoredMention> neighbourhood = neighbourhood(block, reach);
        Set<String> before = new HashSet<>();
        neighbourhood.values().forEach(s -> addIfPresent(before, s.incidentId()));
        removed.values().forEach(s -> addIfPresent(before, s.incidentId()));

        Map<String, Integer> membersBefore = new HashMap<>();
        neighbourhood.values().forEach(m -> countMember(membersBefore, m.incidentId()));
        removed.values().forEach(m -> countMember(membersBefore, m.incidentId()));

        Set<String> after = new HashSet<>();
        Set<String> touchedSites = new TreeSet<>();
        for (IncidentClustering.Cluster cluster : IncidentClustering.cluster(
                neighbourhood.values().stream().map(StoredMention::mention).toList())) {
            String unchanged = unchangedIncident(cluster, neighbourhood, membersBefore);
            if (unchanged != null && !remerged.contains(unchanged)) {
                after.add(unchanged); // the same members make the same incident: nothing to merge or send
                continue;
            }
            Incident incident = merger.merge(block, cluster.members());
            Set<String> siteKeys = PlaceMatching.incidentKeys(cluster.members());
            List<IncidentMention> lent = lentTo(block, incident.id(), siteKeys);
            if (!lent.isEmpty()) {
                incident = merger.merge(block, cluster.members(), lent); // rare: merged again only when lent to
            }
            touchedSites.addAll(placeIncident(block, incident.id(), siteKeys, incident.date()));
            after.add(incident.id());
            IncidentStore.Written written = incidents.putIfChanged(incident);
            if (written != null) {
                expiry.incidentDated(incident.id(), incident.date());
                context.forward(version(incident.id(), written.json(), written.before(), timestamp));
            }
            for (IncidentMention member : cluster.members()) {
                StoredMention stored = neighbourhood.get(member.mentionId());
                if (!incident.id().equals(stored.incidentId())) {
                    mentions.put(member.mentionId(), stored.withIncident(incident.id()));
                }
            }
        }
        for (String gone : before) {
            if (!after.contains(gone) && incidents.contains(gone)) {
                Long sentBefore = incidents.delete(gone);
                expiry.incidentGone(gone);
                context.forward(version(gone, null, sentBefore, timestamp)); // absorbed by another incident
            }
            if (!after.contains(gone)) {
                touchedSites.addAll(placeIncident(block, gone, Set.of(), null));
            }
        }
        attachUndated(block, touchedSites, timestamp);
    }

    /** A version of an incident (null: gone), with the fingerprint of the version it replaces as a header. */
    private static Record<String, byte[]> version(String id, byte[] json, Long before, long timestamp) {
        Headers headers = new RecordHeaders().add(VersionHash.BEFORE_HEADER, VersionHash.header(before));
        return new Record<>(id, json, timestamp, headers);
    }

    /**
     * Gives each undated report at these sites to the one incident on record at its sites, or to none, and merges
     * again the incidents whose undated reports changed.
     */
    private void attachUndated(String block, Set<String> siteKeys, long timestamp) {
        Set<String> changed = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (String key : siteKeys) {
            for (String mentionId : scanCached(undatedPrefix(block, key)).keySet()) {
                StoredMention undated = seen.add(mentionId) ? mentions.get(mentionId) : null;
                if (undated == null) {
                    continue;
                }
                Set<String> atSites = new TreeSet<>();
                Set<String> inTown = new TreeSet<>();
                for (String k : PlaceMatching.undatedKeys(undated.mention())) {
                    (PlaceMatching.isTownKey(k) ? inTown : atSites).addAll(scan(sitePrefix(block, k)));
                }
                String target = target(undated.mention(), atSites, inTown);
                if (!Objects.equals(target, undated.incidentId())) {
                    mentions.put(mentionId, undated.withIncident(target));
                    addIfPresent(changed, undated.incidentId());
                    addIfPresent(changed, target);
                }
            }
        }
        for (String id : changed) {
            remerge(block, id, timestamp);
        }
    }

    /**
     * The incident an undated report tells of: the only one on record at its sites; or, when the report gives a
     * weekday ("the Thursday evening fire"), the only one at its sites or in its town dated on that weekday. A town
     * needs the weekday to agree: its one incident on record is too often another than the page's. At a site, the
     * weekday chooses but does not veto the only incident: outlets abroad name the day in their own time zone.
     */
    private String target(IncidentMention undated, Set<String> atSites, Set<String> inTown) {
        String onlyAtSite = atSites.size() == 1 ? atSites.iterator().next() : null;
        if (undated.weekdays().isEmpty()) {
            return onlyAtSite;
        }
        Set<String> candidates = new TreeSet<>(atSites);
        candidates.addAll(inTown);
        String found = onDay(undated, candidates);
        if (found != null) {
            return found;
        }
        return onlyAtSite != null && noneOnDay(undated, candidates) ? onlyAtSite : null;
    }

    /** Whether no candidate is dated on the report's weekdays (rather than several). */
    private boolean noneOnDay(IncidentMention undated, Set<String> candidates) {
        return candidates.stream().noneMatch(id -> onWeekday(undated, incidents.get(id)));
    }

    private static boolean onWeekday(IncidentMention undated, Incident incident) {
        return incident != null && incident.datePrecision() == DatePrecision.DAY
                && (incident.dateBasis() == null || incident.dateBasis().yearKnown())
                && undated.weekdays().contains(incident.date().getDayOfWeek());
    }

    /** The only candidate dated on one of the report's weekdays, or null. */
    private String onDay(IncidentMention undated, Set<String> candidates) {
        String found = null;
        for (String id : candidates) {
            if (onWeekday(undated, incidents.get(id))) {
                if (found != null) {
                    return null;
                }
                found = id;
            }
        }
        return found;
    }

    /** Merges an incident again, found through one of its dated members, after its undated reports changed. */
    private void remerge(String block, String incidentId, long timestamp) {
        Incident incident = incidentId == null ? null : incidents.get(incidentId);
        if (incident == null) {
            return;
        }
        for (io.blastwatch.model.Source source : incident.sources()) {
            StoredMention member = mentions.get(source.mentionId());
            if (member != null && MentionDates.dated(member.mention())) {
                regroup(block, MentionDates.intervals(member.mention()), Map.of(), Set.of(incidentId), timestamp);
                return;
            }
        }
    }

    /** The undated reports an incident holds, read from their stored assignment. */
    private List<IncidentMention> lentTo(String block, String incidentId, Set<String> siteKeys) {
        Map<String, IncidentMention> lent = new java.util.TreeMap<>();
        for (String key : siteKeys) {
            for (String mentionId : scanCached(undatedPrefix(block, key)).keySet()) {
                StoredMention undated = mentions.get(mentionId);
                if (undated != null && incidentId.equals(undated.incidentId())) {
                    lent.put(mentionId, undated.mention());
                }
            }
        }
        return List.copyOf(lent.values());
    }

    /**
     * Records the site keys and the date of an incident (none once it is gone) and returns the keys whose incidents
     * changed: the undated reports there must be looked at again. The date is part of it because an undated report
     * that gives a weekday picks the incident by its date.
     */
    private Set<String> placeIncident(String block, String incidentId, Set<String> siteKeys, LocalDate date) {
        String keysKey = incidentKeysKey(block, incidentId);
        String old = index.get(keysKey);
        // The entry is "date|key key ..."; an entry written before dates were kept holds only the keys.
        int bar = old == null ? -1 : old.indexOf('|');
        String oldKeys = old == null ? "" : old.substring(bar + 1);
        String oldDate = bar < 0 ? null : old.substring(0, bar);
        Set<String> before = oldKeys.isEmpty() ? Set.of() : Set.of(oldKeys.split(" "));
        String newDate = date == null ? null : date.toString();
        if (before.equals(siteKeys) && (siteKeys.isEmpty() || Objects.equals(oldDate, newDate))) {
            return Set.of();
        }
        Set<String> touched = new TreeSet<>(before);
        touched.addAll(siteKeys);
        for (String key : before) {
            if (!siteKeys.contains(key)) {
                index.delete(sitePrefix(block, key) + incidentId);
            }
        }
        for (String key : siteKeys) {
            if (!before.contains(key)) {
                index.put(sitePrefix(block, key) + incidentId, incidentId);
            }
        }
        if (siteKeys.isEmpty()) {
            index.delete(keysKey);
        } else {
            index.put(keysKey, newDate + "|" + String.join(" ", siteKeys));
        }
        return touched;
    }

    /**
     * Every stored mention of the block whose dates overlap the given intervals, and, transitively, those that
     * overlap theirs: the part of the block that one change can affect.
     */
    private Map<String, StoredMention> neighbourhood(String block, List<DateInterval> reach) {
        Map<String, StoredMention> found = new LinkedHashMap<>();
        Deque<DateInterval> pending = new ArrayDeque<>(reach);
        Set<DateInterval> followed = new HashSet<>();
        Map<String, NavigableMap<String, long[]>> byMonth = new HashMap<>();
        while (!pending.isEmpty()) {
            DateInterval interval = pending.pop();
            if (!followed.add(interval)) {
                continue; // the mentions of one incident mostly share their dates: each interval is followed once
            }
            long first = interval.first().toEpochDay();
            long last = interval.last().toEpochDay();
            for (String month : interval.months()) {
                NavigableMap<String, long[]> entries = byMonth.computeIfAbsent(month,
                        m -> scanCached(indexPrefix(block, m)));
                for (Map.Entry<String, long[]> entry : entries.entrySet()) {
                    String id = entry.getKey();
                    if (found.containsKey(id)) {
                        continue;
                    }
                    long[] days = entry.getValue();
                    StoredMention stored = null;
                    if (days == null) { // first met since the month was scanned from the store
                        stored = mentions.get(id);
                        days = stored == null ? NO_DAYS : days(stored.mention());
                        entry.setValue(days);
                    }
                    if (overlaps(days, first, last)) {
                        stored = stored != null ? stored : mentions.get(id);
                        if (stored != null) {
                            found.put(id, stored);
                            pending.addAll(MentionDates.intervals(stored.mention()));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static final long[] NO_DAYS = new long[0];

    /** A mention's intervals as epoch days, first and last of each in turn: compared without a date object. */
    private static long[] days(IncidentMention mention) {
        List<DateInterval> intervals = MentionDates.intervals(mention);
        long[] days = new long[2 * intervals.size()];
        for (int i = 0; i < intervals.size(); i++) {
            days[2 * i] = intervals.get(i).first().toEpochDay();
            days[2 * i + 1] = intervals.get(i).last().toEpochDay();
        }
        return days;
    }

    private static boolean overlaps(long[] days, long first, long last) {
        for (int i = 0; i < days.length; i += 2) {
            if (days[i] <= last && first <= days[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mention ids under an index prefix of the month or undated kind, each with its mention's days when known,
     * from the cache that {@link #remember} and {@link #forget} keep in step. Every merge asks for the undated reports
     * at each of its incident's sites, nearly always none: that scan through the store's cache and RocksDB was a
     * thirtieth of the stream thread's time.
     */
    private NavigableMap<String, long[]> scanCached(String prefix) {
        NavigableMap<String, long[]> ids = monthIds.get(prefix);
        if (ids == null) {
            ids = new TreeMap<>();
            for (String id : scan(prefix)) {
                ids.put(id, null);
            }
            monthIds.put(prefix, ids);
        }
        return ids;
    }

    private List<String> scan(String prefix) {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, String> it = index.prefixScan(prefix, new StringSerializer())) {
            while (it.hasNext()) {
                ids.add(it.next().value);
            }
        }
        return ids;
    }

    private void remember(String block, StoredMention stored) {
        mentions.put(stored.mention().mentionId(), stored);
        String mentionId = stored.mention().mentionId();
        long[] days = days(stored.mention());
        for (String key : indexKeys(block, stored.mention())) {
            index.put(key, mentionId);
            NavigableMap<String, long[]> cached = monthIds.get(key.substring(0, key.length() - mentionId.length()));
            if (cached != null) {
                cached.put(mentionId, days);
            }
        }
        expiry.addMention(stored.mention());
    }

    private void forget(String block, IncidentMention mention) {
        mentions.delete(mention.mentionId());
        for (String key : indexKeys(block, mention)) {
            index.delete(key);
            NavigableMap<String, long[]> cached = monthIds.get(key.substring(0, key.length()
                    - mention.mentionId().length()));
            if (cached != null) {
                cached.remove(mention.mentionId());
            }
        }
        expiry.removeMention(mention);
    }

    private static List<String> indexKeys(String block, IncidentMention mention) {
        Set<String> keys = new LinkedHashSet<>();
        if (!MentionDates.dated(mention)) {
            for (String key : PlaceMatching.undatedKeys(mention)) {
                keys.add(undatedPrefix(block, key) + mention.mentionId());
            }
        }
        for (DateInterval interval : MentionDates.intervals(mention)) {
            for (String month : interval.months()) {
                keys.add(indexPrefix(block, month) + mention.mentionId());
            }
        }
        return new ArrayList<>(keys);
    }

    private static String indexPrefix(String block, String month) {
        return block + "|" + month + "|";
    }

    // The site indexes share the index store: "~" sorts after every month, so no month scan ever reaches them.
    private static String undatedPrefix(String block, String siteKey) {
        return block + "|~undated|" + siteKey + "|";
    }

    private static String sitePrefix(String block, String siteKey) {
        return block + "|~site|" + siteKey + "|";
    }

    private static String incidentKeysKey(String block, String incidentId) {
        return block + "|~keys|" + incidentId;
    }

    /**
     * The incident a cluster already was, when exactly its members made it before: the changed mention is not among
     * them (it has no incident yet) and no other mention belonged to it. Null when the cluster must be merged.
     */
    private static String unchangedIncident(IncidentClustering.Cluster cluster, Map<String, StoredMention> neighbourhood,
                                            Map<String, Integer> membersBefore) {
        String incidentId = null;
        for (IncidentMention member : cluster.members()) {
            String id = neighbourhood.get(member.mentionId()).incidentId();
            if (id == null || incidentId != null && !incidentId.equals(id)) {
                return null;
            }
            incidentId = id;
        }
        return incidentId != null && membersBefore.get(incidentId) == cluster.members().size() ? incidentId : null;
    }

    private static void countMember(Map<String, Integer> members, String incidentId) {
        if (incidentId != null) {
            members.merge(incidentId, 1, Integer::sum);
        }
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /**
     * Drops mentions and incidents dated before the retention period. Their incidents stay on the compacted
     * {@code incidents} topic; a report about them arriving later starts a new incident.
     */
    private void purgeExpired(long streamTime) {
        LocalDate cutoff = retention.oldestKept(streamTime);
        if (!expiry.built()) {
            indexExpiry(); // a store written before the expiry index: once
        }
        List<KeyValue<String, String>> expiredMentions = expiry.mentionsBefore(cutoff, Retention.PURGE_BATCH);
        for (KeyValue<String, String> entry : expiredMentions) {
            StoredMention stored = mentions.get(entry.value);
            if (stored != null) {
                forget(stored.mention().blockKey(), stored.mention()); // takes its expiry key out too
            } else {
                expiry.removeKey(entry.key); // a key whose mention is gone would stay in every purge's way
            }
        }
        // "On record" is within the retention period: an undated report sees only the incidents at its site that the
        // store still holds, so that state stays bounded.
        List<String> expiredIncidents = expiry.incidentsBefore(cutoff, Retention.PURGE_BATCH);
        purgeBehind = expiredMentions.size() >= Retention.PURGE_BATCH
                || expiredIncidents.size() >= Retention.PURGE_BATCH;
        for (String id : expiredIncidents) {
            Incident old = incidents.get(id);
            incidents.delete(id);
            expiry.incidentGone(id);
            if (old != null) {
                placeIncident(IncidentMention.blockKey(old.country(), old.regionCode()), id, Set.of(), null);
            }
        }
    }

    /** Fills the expiry index from the stores: every mention by its latest date, every incident by its date. */
    private void indexExpiry() {
        try (KeyValueIterator<String, StoredMention> it = mentions.all()) {
            it.forEachRemaining(entry -> expiry.addMention(entry.value.mention()));
        }
        try (KeyValueIterator<String, byte[]> it = incidents.all()) {
            it.forEachRemaining(entry -> expiry.incidentDated(entry.key,
                    Objects.requireNonNull(Json.fromBytes(entry.value, Incident.class).date())));
        }
        expiry.markBuilt();
    }
}
