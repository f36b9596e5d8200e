package io.blastwatch.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.IncidentMention;

/**
 * Groups the mentions of one region into incidents. The result depends only on the set of mentions, never on the
 * order they arrived in, which is what makes incident ids stable under any arrival order.
 *
 * <p>The most precise mentions decide first: those with a stated day and a settlement or named plant
 * ("anchors") group by day and place. Vaguer mentions then join the incident that fits them best, in order of
 * precision: a day with only a region, then a span ("in October", "overnight"), then a day whose year nothing fixed.
 * A vague mention that fits nothing forms an incident with the vague mentions like it.
 */
final class IncidentClustering {

    /** An incident's mentions and the days its date may lie in. */
    record Cluster(List<IncidentMention> members, DateInterval range, String key) {
    }

    /** Earliest day, then latest day, then id. Written out: clustering sorts with it several times per change. */
    private static final Comparator<IncidentMention> CANONICAL = IncidentClustering::canonical;

    private static int canonical(IncidentMention a, IncidentMention b) {
        int byEarliest = a.earliest().compareTo(b.earliest());
        if (byEarliest != 0) {
            return byEarliest;
        }
        int byLatest = a.latest().compareTo(b.latest());
        return byLatest != 0 ? byLatest : a.mentionId().compareTo(b.mentionId());
    }

    private IncidentClustering() {
    }

    static List<Cluster> cluster(Collection<IncidentMention> mentions) {
        List<IncidentMention> sorted = mentions.stream().sorted(CANONICAL).toList();
        List<MutableCluster> clusters = anchorClusters(sorted.stream().filter(IncidentClustering::anchor).toList());
        List<List<IncidentMention>> tiers = List.of(
                sorted.stream().filter(m -> !anchor(m) && MentionDates.yearKnown(m) && MentionDates.singleDay(m)).toList(),
                sorted.stream().filter(m -> MentionDates.yearKnown(m) && !MentionDates.singleDay(m)).toList(),
                sorted.stream().filter(m -> !MentionDates.yearKnown(m)).toList());
        for (List<IncidentMention> tier : tiers) {
            clusters.addAll(attachTier(tier, clusters));
        }
        return clusters.stream()
                .map(c -> new Cluster(c.members.stream().sorted(CANONICAL).toList(), c.range, c.key))
                .sorted(Comparator.comparing((Cluster c) -> c.range().first()).thenComparing(Cluster::key))
                .toList();
    }

    private static boolean anchor(IncidentMention m) {
        return MentionDates.yearKnown(m) && MentionDates.singleDay(m) && PlaceMatching.specific(m);
    }

    /** Anchors of one day whose places agree form one incident (transitively: "Yagul" ~ "Izhevsk" ~ the plant). */
    private static List<MutableCluster> anchorClusters(List<IncidentMention> anchors) {
        Map<LocalDate, List<IncidentMention>> byDay = new TreeMap<>();
        anchors.forEach(a -> byDay.computeIfAbsent(a.earliest(), d -> new ArrayList<>()).add(a));
        List<MutableCluster> clusters = new ArrayList<>();
        byDay.forEach((day, sameDay) -> {
            DateInterval range = new DateInterval(day, day);
            for (List<IncidentMention> component : components(sameDay, (a, b) ->
                    PlaceMatching.score(a, b) >= PlaceMatching.SAME_SETTLEMENT)) {
                clusters.add(new MutableCluster(component, range));
            }
        });
        return clusters;
    }

    /** Attaches each mention of a tier to the best incident formed before it; the rest form incidents together. */
    private static List<MutableCluster> attachTier(List<IncidentMention> tier, List<MutableCluster> existing) {
        List<IncidentMention> unattached = new ArrayList<>();
        Map<MutableCluster, List<IncidentMention>> attachments = new LinkedHashMap<>();
        for (IncidentMention m : tier) {
            MutableCluster best = null;
            Fit bestFit = null;
            for (MutableCluster c : existing) {
                Fit fit = fit(m, c);
                if (fit != null && (bestFit == null || fit.compareTo(bestFit) > 0
                        || fit.compareTo(bestFit) == 0 && c.key.compareTo(best.key) < 0)) {
                    best = c;
                    bestFit = fit;
                }
            }
            if (best == null) {
                unattached.add(m);
            } else {
                attachments.computeIfAbsent(best, c -> new ArrayList<>()).add(m);
            }
        }
        attachments.forEach((c, added) -> added.forEach(c::add));
        List<MutableCluster> formed = new ArrayList<>();
        for (List<IncidentMention> component : components(unattached, IncidentClustering::alike)) {
            formed.add(new MutableCluster(component, commonRange(component)));
        }
        return formed;
    }

    /** How well a mention fits an incident, or null when it cannot be that incident. */
    private static Fit fit(IncidentMention m, MutableCluster c) {
        int yearsBack = -1;
        long distance = Long.MAX_VALUE;
        List<DateInterval> intervals = MentionDates.intervals(m);
        for (int i = 0; i < intervals.size(); i++) {
            if (intervals.get(i).overlaps(c.range)) {
                yearsBack = i;
                distance = intervals.get(i).distanceTo(c.range.first());
                break;
            }
        }
        if (yearsBack < 0) {
            return null;
        }
        int place = PlaceMatching.INCOMPATIBLE;
        boolean conflict = false;
        for (IncidentMention member : c.sites.values()) {
            int score = PlaceMatching.score(m, member);
            conflict |= score == PlaceMatching.INCOMPATIBLE;
            place = Math.max(place, score);
        }
        if (place == PlaceMatching.INCOMPATIBLE || conflict && place < PlaceMatching.SAME_SETTLEMENT) {
            return null;
        }
        return new Fit(place, c.kinds.contains(m.kind()), yearsBack, distance);
    }

    /** Better fits compare greater: a closer place, the same kind, a more recent year, a nearer day. */
    private record Fit(int place, boolean sameKind, int yearsBack, long distance) implements Comparable<Fit> {
        @Override
        public int compareTo(Fit o) {
            return Comparator.comparingInt(Fit::place)
                    .thenComparing(Fit::sameKind)
                    .thenComparing(Fit::yearsBack, Comparator.reverseOrder())
                    .thenComparing(Fit::distance, Comparator.reverseOrder())
                    .compare(this, o);
        }
    }

    private static boolean alike(IncidentMention a, IncidentMention b) {
        if (PlaceMatching.score(a, b) == PlaceMatching.INCOMPATIBLE) {
            return false;
        }
        for (DateInterval x : MentionDates.intervals(a)) {
            for (DateInterval y : MentionDates.intervals(b)) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The days all members agree on, or the narrowest member's when they agree on none. */
    private static DateInterval commonRange(List<IncidentMention> members) {
        LocalDate first = null;
        LocalDate last = null;
        DateInterval narrowest = null;
        for (IncidentMention m : members) {
            DateInterval own = MentionDates.intervals(m).get(0);
            first = first == null || own.first().isAfter(first) ? own.first() : first;
            last = last == null || own.last().isBefore(last) ? own.last() : last;
            if (narrowest == null || own.width() < narrowest.width()) {
                narrowest = own;
            }
        }
        return first.isAfter(last) ? narrowest : new DateInterval(first, last);
    }

    private interface Link {
        boolean linked(IncidentMention a, IncidentMention b);
    }

    /** Connected components of the link relation, each in canonical order, ordered by their first member. */
    private static List<List<IncidentMention>> components(List<IncidentMention> items, Link link) {
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                // Members of one busy incident link to each other by the thousand: a pair already joined needs no test.
                if (find(parent, i) != find(parent, j) && link.linked(items.get(i), items.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<IncidentMention>> groups = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(items.get(i));
        }
        return groups.values().stream()
                .map(g -> g.stream().sorted(CANONICAL).toList())
                .sorted(Comparator.comparing(g -> g.get(0), CANONICAL))
                .toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static final class MutableCluster {
        final List<IncidentMention> members = new ArrayList<>();
        /** One member per distinct site, enough to score a candidate against every member. */
        final Map<PlaceMatching.Site, IncidentMention> sites = new LinkedHashMap<>();
        final Set<IncidentKind> kinds = new HashSet<>();
        final DateInterval range;
        final String key;

        MutableCluster(List<IncidentMention> members, DateInterval range) {
            members.forEach(this::add);
            this.range = range;
            this.key = members.stream().map(IncidentMention::mentionId).min(String::compareTo).orElseThrow();
        }

        void add(IncidentMention m) {
            members.add(m);
            sites.putIfAbsent(PlaceMatching.Site.of(m), m);
            kinds.add(m.kind());
        }
    }
}
