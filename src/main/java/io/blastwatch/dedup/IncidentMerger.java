package io.blastwatch.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.blastwatch.model.CauseReport;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Ids;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.Source;

/**
 * Turns the mentions of one incident into its canonical record: the best-known facts, the sources with syndicated
 * copies folded together, the counts and the cause history. A pure function of the set of mentions.
 */
final class IncidentMerger {

    /** Copies of one article on two sites differ in at most this many of the 64 SimHash bits. */
    static final int SYNDICATION_MAX_BITS = 3;
    private static final int BANDS = SYNDICATION_MAX_BITS + 1;
    private static final int BAND_BITS = 64 / BANDS;

    /**
     * An incident record must stay well below the broker's default limit of 1 MB however many articles report it:
     * sources are listed until their JSON reaches this size (counts of outlets and mentions stay exact).
     */
    static final int MAX_SOURCE_BYTES = 256 * 1024;
    /** Syndicated copies listed per source; a wire story can be copied by hundreds of sites. */
    static final int MAX_LISTED_COPIES = 50;
    /** The cause statements kept with an incident: the latest ones, which decide its cause. */
    static final int MAX_CAUSE_HISTORY = 50;

    /**
     * Mentions prepared per merger unless told: a busy incident is merged again from all its reports at every new
     * one. A preparation holds its mention, so more than the mentions deduplication keeps as objects would only keep
     * dead ones alive: a mention read again from the store is a new object, prepared anew.
     */
    static final int PREPARED_MENTIONS = 5_000;

    private final int maxSources;
    private final Map<String, Prepared> prepared;
    /**
     * The prepared members of the merge under way, by identity: a merge asks for each member's preparation five or
     * more times (ordering, copies, outlets, sources, facility), and the look-ups in the LRU map, which reorder it
     * each time, were a sixth of merging. Emptied when the merge ends.
     */
    private Map<IncidentMention, Prepared> inMerge = new IdentityHashMap<>();
    /** Past this many members a merge's table is dropped rather than emptied, which costs its whole capacity. */
    private static final int IN_MERGE_KEPT = 1_024;

    /**
     * What merging derives from a mention besides its fields, worked out once per mention: its publication time, its
     * fingerprint as a number, the folded spellings it is counted by, and the size of its source entry. Kept with the
     * mention it was derived from and used only for that very object, so a changed mention is prepared anew.
     */
    private record Prepared(IncidentMention mention, Instant published, Long fingerprint, String outletKey,
                            String facilityKey, long sourceBytes) {
    }

    IncidentMerger(int maxSources) {
        this(maxSources, PREPARED_MENTIONS);
    }

    /** @param preparedMentions how many mentions' preparations to keep: those deduplication keeps as objects */
    IncidentMerger(int maxSources, int preparedMentions) {
        this.maxSources = maxSources;
        this.prepared = new LruMap<>(preparedMentions);
    }

    /**
     * The incident's id: a hash of its region and of the earliest report of it. Any arrival order gives the same
     * id; a later report never changes it, an earlier one found late does.
     */
    private static String incidentId(String block, List<IncidentMention> byReport) {
        return "inc-" + Ids.hash(block + "|" + byReport.get(0).mentionId(), 16);
    }

    /** Oldest report first; reports without a publication date last; then by article and mention id. */
    private List<IncidentMention> inReportOrder(List<IncidentMention> members) {
        Prepared[] order = new Prepared[members.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = prepare(members.get(i));
        }
        Arrays.sort(order, IncidentMerger::byReport);
        List<IncidentMention> sorted = new ArrayList<>(order.length);
        for (Prepared p : order) {
            sorted.add(p.mention());
        }
        return sorted;
    }

    private static int byReport(Prepared a, Prepared b) {
        Instant x = a.published();
        Instant y = b.published();
        if (x == null || y == null) {
            if (x != y) {
                return x == null ? 1 : -1;
            }
        } else {
            int byTime = x.compareTo(y);
            if (byTime != 0) {
                return byTime;
            }
        }
        int byArticle = a.mention().articleId().compareTo(b.mention().articleId());
        return byArticle != 0 ? byArticle : a.mention().mentionId().compareTo(b.mention().mentionId());
    }

    private Prepared prepare(IncidentMention m) {
        Prepared current = inMerge.get(m);
        if (current != null) {
            return current;
        }
        Prepared p = prepared.get(m.mentionId());
        if (p == null || p.mention() != m) {
            p = new Prepared(m, m.published() == null ? null : PublicationDates.instant(m.published()).orElse(null),
                    fingerprint(m),
                    m.outlet() == null ? "?" : m.outlet().toLowerCase(Locale.ROOT),
                    m.facility() == null ? null : m.facility().toLowerCase(Locale.ROOT),
                    128 + jsonBytes(m.articleId()) + jsonBytes(m.outlet()) + jsonBytes(m.url())
                            + jsonBytes(m.published()) + jsonBytes(m.evidence()) + jsonBytes(m.mentionId()));
            prepared.put(m.mentionId(), p);
        }
        inMerge.put(m, p);
        return p;
    }

    Incident merge(String block, List<IncidentMention> members) {
        return merge(block, members, List.of());
    }

    /**
     * @param lent undated reports of the incident's site: they add their sources (articles, outlets), never a fact,
     *             so that an undated copy neither dates nor moves nor renames an incident
     */
    Incident merge(String block, List<IncidentMention> members, List<IncidentMention> lent) {
        try {
            return mergePrepared(block, members, lent);
        } finally {
            if (inMerge.size() > IN_MERGE_KEPT) {
                inMerge = new IdentityHashMap<>();
            } else {
                inMerge.clear();
            }
        }
    }

    private Incident mergePrepared(String block, List<IncidentMention> members, List<IncidentMention> lent) {
        List<IncidentMention> byReport = inReportOrder(members);
        String id = incidentId(block, byReport);
        if (!lent.isEmpty()) {
            List<IncidentMention> all = new ArrayList<>(members);
            all.addAll(lent);
            byReport = inReportOrder(all);
        }
        Map<String, List<String>> copies = syndicatedCopies(byReport);
        List<IncidentMention> originals = byReport.stream().filter(m -> copies.containsKey(m.articleId())).toList();

        IncidentMention dated = bestDated(members);
        java.time.LocalDate day = statedDayWithin(dated, members);
        IncidentMention placed = bestPlaced(members);
        String facility = bestFacility(members);
        Set<String> outlets = new LinkedHashSet<>();
        originals.forEach(m -> outlets.add(prepare(m).outletKey()));

        List<CauseReport> causes = new ArrayList<>();
        List<CauseReport> statements = new ArrayList<>();
        for (IncidentMention m : byReport) {
            if (m.cause() != null || !m.unexplained()) {
                CauseReport report = new CauseReport(m.published(), m.outlet(), m.articleId(), m.cause(),
                        !m.unexplained(), m.causeSpeaker(), m.causeStance());
                statements.add(report);
                if (!lent.contains(m)) {
                    causes.add(report);
                }
            }
        }
        CauseVerdict attribution = CauseVerdict.of(statements);
        boolean unattributed = !attribution.attack();
        boolean military = military(members);
        // CONTRACT.md: unexplained is always false at a site that is not military-industrial.
        boolean unexplained = military && unattributed;
        boolean contested = military && attribution.contested();
        String cause = null;
        for (CauseReport c : causes) {
            // The latest statement wins, except that once an attack is reported only attack statements describe it.
            boolean describes = unattributed || c.attack();
            if (c.cause() != null && describes) {
                cause = c.cause();
            }
        }
        List<Source> sources = new ArrayList<>();
        Set<String> listedArticles = new LinkedHashSet<>();
        long sourceBytes = 0;
        for (IncidentMention m : originals) {
            if (listedArticles.add(m.articleId()) && sources.size() < maxSources && sourceBytes < MAX_SOURCE_BYTES) {
                List<String> copiesOf = copies.get(m.articleId());
                Source source = new Source(m.articleId(), m.outlet(), m.url(), m.published(), m.evidence(), m.mentionId(),
                        copiesOf.subList(0, Math.min(copiesOf.size(), MAX_LISTED_COPIES)));
                sources.add(source);
                sourceBytes += sourceBytes(prepare(m), source);
            }
        }
        if (causes.size() > MAX_CAUSE_HISTORY) {
            causes = causes.subList(causes.size() - MAX_CAUSE_HISTORY, causes.size());
        }
        String first = byReport.stream().map(IncidentMention::published).filter(p -> p != null).findFirst().orElse(null);
        String last = byReport.stream().map(IncidentMention::published).filter(p -> p != null)
                .reduce((a, b) -> b).orElse(null);
        return new Incident(
                id,
                day, dated.datePrecision(), dated.dateBasis() == null ? DateBasis.STATED : dated.dateBasis(),
                kind(members),
                facility,
                placed.settlement(), placed.region(), placed.regionCode(), placed.country(),
                placed.latitude(), placed.longitude(),
                military, unexplained, contested, cause, causes,
                outlets.size(), originals.size(), first, last, sources, listedArticles.size() > sources.size());
    }

    /**
     * What happened: an attack when any report names one (a fire is what a drone strike leaves, and an outlet that
     * saw only the fire does not make the strike a fire), the attack named most often; else an explosion when any
     * report names one; else the kind most reports give.
     */
    private static IncidentKind kind(List<IncidentMention> members) {
        List<IncidentMention> attacks = members.stream().filter(m -> ATTACKS.contains(m.kind())).toList();
        if (attacks.isEmpty() && members.stream().anyMatch(m -> m.kind() == IncidentKind.EXPLOSION)) {
            // A blaze that some reports call a fire and others an explosion was an explosion with a fire: the
            // outlets that saw only the flames do not undo the blast.
            return IncidentKind.EXPLOSION;
        }
        return mostFrequent(attacks.isEmpty() ? members : attacks, IncidentMention::kind, Comparator.naturalOrder(),
                IncidentKind.EXPLOSION);
    }

    private static final Set<IncidentKind> ATTACKS = Set.of(IncidentKind.DRONE_STRIKE, IncidentKind.MISSILE_STRIKE,
            IncidentKind.SHELLING);

    /**
     * Whether the site is military-industrial: the reports that name its facility decide, by majority; without one,
     * any report that says so. A report that only names the town of an arms depot ("explosions in Balakliia, in an
     * article about the defence industry") must not outweigh those that say "the ammunition depot".
     */
    private static boolean military(List<IncidentMention> members) {
        long withFacility = members.stream().filter(m -> m.facility() != null).count();
        if (withFacility == 0) {
            return members.stream().anyMatch(IncidentMention::militaryIndustrial);
        }
        long saying = members.stream().filter(m -> m.facility() != null && m.militaryIndustrial()).count();
        return saying * 2 >= withFacility;
    }

    /** The mention that dates the incident best: a known year, a day, the narrowest span, the most reported day. */
    private static IncidentMention bestDated(List<IncidentMention> members) {
        Map<Object, Long> frequency = new HashMap<>();
        members.forEach(m -> frequency.merge(m.date(), 1L, Long::sum));
        return members.stream().min(Comparator
                .comparing((IncidentMention m) -> !MentionDates.yearKnown(m))
                .thenComparing(m -> m.datePrecision() == null ? DatePrecision.YEAR : m.datePrecision())
                .thenComparingLong(m -> m.latest().toEpochDay() - m.earliest().toEpochDay())
                .thenComparing(m -> -frequency.get(m.date()))
                .thenComparing(IncidentMention::date)
                .thenComparing(IncidentMention::mentionId)).orElseThrow();
    }

    /**
     * The incident's day: the best-dated report's, unless that report dates it only to a span of days (a report of
     * today's news, "the date of the article", may be of yesterday) and reports that give the day without its year
     * ("on April 16", in a page that lost its date) put it on one day of that span: then that day, in the span's
     * year. The day said most often wins, then the earliest.
     */
    private static java.time.LocalDate statedDayWithin(IncidentMention dated, List<IncidentMention> members) {
        if (!MentionDates.yearKnown(dated) || dated.datePrecision() != DatePrecision.DAY
                || MentionDates.singleDay(dated)) {
            return dated.date();
        }
        Map<java.time.LocalDate, Long> said = new java.util.TreeMap<>();
        for (IncidentMention m : members) {
            if (MentionDates.yearKnown(m) || !MentionDates.dated(m) || m.datePrecision() != DatePrecision.DAY
                    || !MentionDates.singleDay(m)) {
                continue;
            }
            for (int year = dated.earliest().getYear(); year <= dated.latest().getYear(); year++) {
                java.time.LocalDate candidate;
                try {
                    candidate = m.date().withYear(year);
                } catch (java.time.DateTimeException leapDay) {
                    continue;
                }
                if (!candidate.isBefore(dated.earliest()) && !candidate.isAfter(dated.latest())
                        && candidate.getDayOfMonth() == m.date().getDayOfMonth()) {
                    said.merge(candidate, 1L, Long::sum);
                }
            }
        }
        return said.entrySet().stream().max(Map.Entry.<java.time.LocalDate, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(dated.date());
    }

    /** The mention that places the incident best: a stated settlement named most often, else any settlement. */
    private static IncidentMention bestPlaced(List<IncidentMention> members) {
        Map<String, Long> frequency = new HashMap<>();
        members.stream().filter(m -> m.settlementId() != null)
                .forEach(m -> frequency.merge(m.settlementId(), m.settlementStated() ? 2L : 1L, Long::sum));
        return members.stream().min(Comparator
                .comparing((IncidentMention m) -> m.settlementId() == null)
                .thenComparing(m -> -frequency.getOrDefault(m.settlementId(), 0L))
                .thenComparing(m -> m.settlementId() == null ? "" : m.settlementId())
                .thenComparing(IncidentMention::mentionId)).orElseThrow();
    }

    /** A named facility before a description; the name reported most often; the longest spelling of it. */
    private String bestFacility(List<IncidentMention> members) {
        Map<String, Long> frequency = new HashMap<>();
        members.stream().filter(m -> m.facility() != null)
                .forEach(m -> frequency.merge(prepare(m).facilityKey(), 1L, Long::sum));
        return members.stream().filter(m -> m.facility() != null).min(Comparator
                .comparing((IncidentMention m) -> !m.facilityNamed())
                .thenComparing(m -> -frequency.get(prepare(m).facilityKey()))
                .thenComparing(m -> -m.facility().length())
                .thenComparing(IncidentMention::facility)).map(IncidentMention::facility).orElse(null);
    }

    private static <T> T mostFrequent(List<IncidentMention> members, Function<IncidentMention, T> field,
                                      Comparator<T> tieBreak, T fallback) {
        Map<T, Long> frequency = new LinkedHashMap<>();
        members.stream().map(field).filter(v -> v != null).forEach(v -> frequency.merge(v, 1L, Long::sum));
        return frequency.entrySet().stream()
                .max(Map.Entry.<T, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(tieBreak.reversed())))
                .map(Map.Entry::getKey).orElse(fallback);
    }

    /**
     * Groups near-identical articles (the same text on two sites): the earliest report of each group stays a source
     * and lists the others as its copies. Returns the original's article id mapped to its copies' ids.
     *
     * <p>Copies differ in at most {@link #SYNDICATION_MAX_BITS} of 64 bits, so they agree on at least one of
     * {@code SYNDICATION_MAX_BITS + 1} bands of the fingerprint: only originals sharing a band are compared, which
     * keeps an incident reported by thousands of articles from costing millions of comparisons.
     */
    private Map<String, List<String>> syndicatedCopies(List<IncidentMention> byReport) {
        Map<String, List<String>> originals = new LinkedHashMap<>();
        Set<String> copies = new HashSet<>();
        Map<Long, List<Original>> byBand = new HashMap<>();
        for (IncidentMention m : byReport) {
            if (originals.containsKey(m.articleId()) || copies.contains(m.articleId())) {
                continue;
            }
            Long fingerprint = prepare(m).fingerprint();
            Original original = fingerprint == null ? null : earliestWithin(byBand, fingerprint);
            if (original == null) {
                originals.put(m.articleId(), new ArrayList<>());
                if (fingerprint != null) {
                    Original added = new Original(m.articleId(), fingerprint, originals.size());
                    for (int band = 0; band < BANDS; band++) {
                        byBand.computeIfAbsent(bandKey(fingerprint, band), b -> new ArrayList<>()).add(added);
                    }
                }
            } else {
                originals.get(original.articleId()).add(m.articleId());
                copies.add(m.articleId());
            }
        }
        return originals;
    }

    /** An article kept as a source, with its fingerprint and the order it was kept in. */
    private record Original(String articleId, long fingerprint, int order) {
    }

    /** The first-kept original within the syndication distance of a fingerprint, or null. */
    private static Original earliestWithin(Map<Long, List<Original>> byBand, long fingerprint) {
        Original best = null;
        for (int band = 0; band < BANDS; band++) {
            for (Original candidate : byBand.getOrDefault(bandKey(fingerprint, band), List.of())) {
                if ((best == null || candidate.order() < best.order())
                        && Long.bitCount(candidate.fingerprint() ^ fingerprint) <= SYNDICATION_MAX_BITS) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static long bandKey(long fingerprint, int band) {
        long bits = (fingerprint >>> (band * BAND_BITS)) & ((1L << BAND_BITS) - 1);
        return ((long) band << BAND_BITS) | bits;
    }

    private static Long fingerprint(IncidentMention m) {
        try {
            return m.fingerprint() == null ? null : Long.parseUnsignedLong(m.fingerprint(), 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The size of a source as JSON, counting escapes and multi-byte characters, without serialising it: the part its
     * mention gives, prepared once, and its copies.
     */
    private static long sourceBytes(Prepared mention, Source source) {
        long bytes = mention.sourceBytes();
        for (String copy : source.syndicatedCopies()) {
            bytes += 3 + jsonBytes(copy);
        }
        return bytes;
    }

    private static long jsonBytes(String text) {
        if (text == null) {
            return 4;
        }
        long bytes = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x20 ? 6 : c == '"' || c == '\\' ? 2 : c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /**
     * The rule that decides whether an incident is explained by an attack, from every statement about its cause:
     * <ul>
     * <li>an attack that investigators, officials or a party to the war state, confirm or claim explains it;</li>
     * <li>an attack that only the media report (Telegram channels, unnamed sources, an outlet in its own words)
     * explains it too, unless investigators or officials have found another cause (an accident, a fault): then it
     * stays unexplained and is marked contested;</li>
     * <li>a suspected or denied attack explains nothing (the extractor does not mark it an attack).</li>
     * </ul>
     */
    record CauseVerdict(boolean attack, boolean contested) {

        static CauseVerdict of(List<CauseReport> statements) {
            boolean accountable = statements.stream().anyMatch(CauseReport::accountableAttack);
            boolean media = statements.stream().anyMatch(c -> c.attack() && !c.accountableAttack());
            boolean finding = statements.stream().anyMatch(CauseReport::officialFinding);
            boolean attack = accountable || media && !finding;
            return new CauseVerdict(attack, !accountable && media && finding);
        }
    }
}
