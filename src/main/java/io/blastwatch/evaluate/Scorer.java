package io.blastwatch.evaluate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Incident;
import io.blastwatch.model.Source;
import io.blastwatch.model.WindowCount;

/**
 * Scores what the pipeline found in one part of the corpus against the gold facts.
 *
 * <p>Alignment. A found incident can only be a real incident that one of its source articles names: the articles
 * are the link between the two worlds, so a roundup's five incidents are never confused with another article's.
 * Among those, a pair is plausible when the place agrees at least on the region, or the date lies within two days in
 * the same country; the pair's score weighs place, date, facility words and kind. The best pairs are taken one to
 * one first; every found incident left over that is still plausible for some real incident is a duplicate of its
 * best one, and the rest are phantoms. A real incident without a found one is missed.
 *
 * <p>Everything is measured on each real incident's best found incident (its primary): date, place, kind, flags,
 * outlets. A date is exact when it has the real precision and day (or an alternative day the annotators accept)
 * and a known year; a month is exact as well for an incident that the part's articles only name in passing. Where
 * no article of the part gives the year (the caller works that out from the texts), the right day or month with the
 * year left unknown is exact, since inventing a year would be the error. Real
 * incidents outside the pipeline's countries ({@link #SCOPE}) are not scored. Counted precision is over the incidents the pipeline counted (those in its rolling windows), so a
 * duplicate counted twice costs precision; counted recall is over the real counted incidents.
 */
public final class Scorer {

    /**
     * The countries the pipeline covers (its gazetteer). A real incident elsewhere, such as an explosives plant
     * blast abroad, is there to be left alone: it is not scored as missed, and whatever is found of it is a phantom.
     */
    public static final Set<String> SCOPE = Set.of("RU", "UA", "BY");

    private static final int MAX_EVIDENCE = 220;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern REGION_WORDS = Pattern.compile(
            "\\b(oblast|region|province|krai|kray|republic|of|the|autonomous|okrug|district)\\b");
    private static final Set<String> FACILITY_STOP = Set.of("plant", "factory", "works", "the", "and", "of",
            "company", "enterprise", "named", "after", "jsc", "ojsc", "site", "facility", "state");

    private Scorer() {
    }

    public static SplitScore score(GoldCorpus.Split split, List<Incident> found, List<WindowCount> counts) {
        return score(split, found, counts, null);
    }

    /**
     * @param input what the articles give the pipeline (null where the texts are not at hand): for a real incident
     *              whose year none of them gives, the right day and month with the year left unknown is the exact
     *              answer, as the pipeline must not invent a year; missed incidents are classed by whether an article
     *              reporting them came with a date
     */
    public static SplitScore score(GoldCorpus.Split split, List<Incident> found, List<WindowCount> counts,
                                   InputFacts input) {
        return new Run(split, found, counts, input).score();
    }

    /** One scoring pass; holds the indexes that every figure shares. */
    private static final class Run {
        private final GoldCorpus.Split split;
        private final List<Incident> found;
        private final List<WindowCount> counts;
        private final Map<String, GoldIncident> gold = new LinkedHashMap<>();
        private final Map<String, GoldIncident> everywhere = new HashMap<>();
        private final Map<String, Set<String>> articlesOf = new HashMap<>();
        private final Map<String, GoldArticle> articles = new HashMap<>();
        private final List<EvaluationError> errors = new ArrayList<>();
        private final InputFacts input;
        private final Set<String> yearsUnsupported;
        private int yearsLeftUnknown;

        Run(GoldCorpus.Split split, List<Incident> found, List<WindowCount> counts, InputFacts input) {
            this.split = split;
            this.input = input;
            this.yearsUnsupported = input == null ? Set.of() : input.yearsUnsupported();
            this.found = found.stream().sorted(Comparator.comparing(Incident::id)).toList();
            this.counts = counts;
            split.incidents().forEach(i -> everywhere.put(i.id(), i));
            split.incidents().stream().filter(i -> SCOPE.contains(i.country())).forEach(i -> gold.put(i.id(), i));
            for (GoldArticle a : split.articles()) {
                articles.put(a.id(), a);
                a.named().forEach(id -> articlesOf.computeIfAbsent(id, k -> new HashSet<>()).add(a.id()));
            }
        }

        SplitScore score() {
            // Alignment: the plausible pairs, best first, taken one to one.
            List<Pair> pairs = new ArrayList<>();
            for (Incident f : found) {
                for (GoldIncident g : gold.values()) {
                    Pair p = pair(f, g);
                    if (p != null) {
                        pairs.add(p);
                    }
                }
            }
            pairs.sort(Comparator.comparingInt(Pair::score).reversed()
                    .thenComparing(p -> p.found().id()).thenComparing(p -> p.gold().id()));
            Map<String, Incident> primary = new LinkedHashMap<>();
            Map<String, String> assigned = new HashMap<>();
            for (Pair p : pairs) {
                if (!primary.containsKey(p.gold().id()) && !assigned.containsKey(p.found().id())) {
                    primary.put(p.gold().id(), p.found());
                    assigned.put(p.found().id(), p.gold().id());
                }
            }
            int duplicates = 0;
            int phantoms = 0;
            for (Incident f : found) {
                if (assigned.containsKey(f.id())) {
                    continue;
                }
                Pair best = pairs.stream().filter(p -> p.found() == f).findFirst().orElse(null);
                if (best == null) {
                    phantoms++;
                    error(ErrorKind.PHANTOM, null, f, describe(f));
                } else {
                    duplicates++;
                    assigned.put(f.id(), best.gold().id());
                    error(ErrorKind.DUPLICATE, best.gold(), f, "another record of it: " + describe(f),
                            duplicateClass(f, primary.get(best.gold().id())));
                }
            }
            int wrongMerges = 0;
            for (Incident f : found) {
                String g = assigned.get(f.id());
                if (g == null) {
                    continue;
                }
                List<String> others = mergedWith(f, gold.get(g));
                if (!others.isEmpty()) {
                    wrongMerges++;
                    error(ErrorKind.WRONG_MERGE, gold.get(g), f, "also holds reports of " + String.join(", ", others));
                }
            }

            int datesExact = 0;
            int placesExact = 0;
            int wrongCountry = 0;
            int kinds = 0;
            int military = 0;
            int unexplained = 0;
            int outletsExact = 0;
            for (GoldIncident g : gold.values()) {
                Incident f = primary.get(g.id());
                if (f == null) {
                    errors.add(new EvaluationError(ErrorKind.MISSED, g.id(), null,
                            String.join(" ", new java.util.TreeSet<>(articlesOf.getOrDefault(g.id(), Set.of()))),
                            g.date() + " " + g.kind() + " " + goldPlace(g), g.note(), missedClass(g)));
                    continue;
                }
                if (dateExact(f, g) || monthOfAPassingMention(f, g)) {
                    datesExact++;
                } else if (yearsUnsupported.contains(g.id())
                        && (dayAndMonthExact(f, g) || monthOfAPassingMentionWithoutYear(f, g))) {
                    datesExact++;
                    yearsLeftUnknown++;
                } else {
                    error(ErrorKind.DATE, g, f, "found " + f.date() + " " + f.datePrecision()
                            + (f.dateBasis() == null ? "" : " (" + f.dateBasis() + ")") + ", real " + g.date() + " "
                            + g.precision() + (g.altDates().isEmpty() ? "" : " or " + g.altDates()), dateClass(f, g));
                }
                if (!Objects.equals(f.country(), g.country())) {
                    wrongCountry++;
                    error(ErrorKind.COUNTRY, g, f, "found in " + f.country() + " (" + foundPlace(f) + "), real "
                            + g.country() + " (" + goldPlace(g) + ")");
                } else if (placeExact(f, g)) {
                    placesExact++;
                } else {
                    error(ErrorKind.PLACE, g, f, "found " + foundPlace(f) + ", real " + goldPlace(g), placeClass(f, g));
                }
                if (f.kind() == g.kind()) {
                    kinds++;
                } else {
                    error(ErrorKind.KIND, g, f, "found " + f.kind() + ", real " + g.kind());
                }
                if (f.militaryIndustrial() == g.militaryIndustrial()) {
                    military++;
                } else {
                    error(ErrorKind.MILITARY_INDUSTRIAL, g, f, "found " + f.militaryIndustrial() + ", real "
                            + g.militaryIndustrial() + (f.facility() == null ? "" : " (" + f.facility() + ")"));
                }
                if (f.unexplained() == g.unexplained()) {
                    unexplained++;
                } else {
                    error(ErrorKind.UNEXPLAINED, g, f, "found " + f.unexplained() + ", real " + g.unexplained()
                            + (f.cause() == null ? "" : "; cause: " + f.cause()));
                }
                int outlets = goldOutlets(g);
                if (f.outlets() == outlets) {
                    outletsExact++;
                } else {
                    error(ErrorKind.OUTLETS, g, f, "found " + f.outlets() + " outlets, real " + outlets
                            + absentArticles(g, f));
                }
            }

            // Counting: what the pipeline counted is what stands in its rolling windows.
            Set<String> countedIds = new LinkedHashSet<>();
            counts.forEach(c -> countedIds.addAll(c.incidentIds()));
            Set<String> foundIds = new HashSet<>();
            found.forEach(f -> foundIds.add(f.id()));
            countedIds.retainAll(foundIds);
            List<GoldIncident> realCounted = gold.values().stream().filter(GoldIncident::counted).toList();
            Map<String, String> goldOf = assigned;
            int truePositives = (int) realCounted.stream()
                    .filter(g -> countedIds.stream().anyMatch(id -> g.id().equals(goldOf.get(id))))
                    .count();
            Ratio precision = new Ratio(truePositives, countedIds.size());
            Ratio recall = new Ratio(truePositives, realCounted.size());

            int rollingExact = 0;
            for (GoldIncident g : realCounted) {
                int real = realCount(realCounted, g.country(), g.date());
                int got = foundCount(g.country(), g.date());
                if (real == got) {
                    rollingExact++;
                } else {
                    errors.add(new EvaluationError(ErrorKind.ROLLING_COUNT, g.id(), primary.containsKey(g.id())
                            ? primary.get(g.id()).id() : null, null, g.country() + " on " + g.date() + ": found "
                            + got + ", real " + real, null));
                }
            }

            int datedAfter = 0;
            for (Incident f : found) {
                LocalDate latest = latestArticleDay(f);
                // A date whose year is unknown claims no year: its placeholder is not a date after the article.
                boolean yearClaimed = f.dateBasis() == null || f.dateBasis().yearKnown();
                if (latest != null && f.date() != null && yearClaimed && f.date().isAfter(latest)) {
                    datedAfter++;
                    GoldIncident g = assigned.containsKey(f.id()) ? gold.get(assigned.get(f.id())) : null;
                    error(ErrorKind.AFTER_ARTICLE, g, f, "found " + f.date() + " (" + f.dateBasis()
                            + "), its articles are of " + latest + " or before");
                }
            }

            Figures figures = new Figures(split.articles().size(), gold.size(), found.size(), realCounted.size(),
                    countedIds.size(), precision, recall, Ratio.f1(precision, recall),
                    new Ratio(primary.size(), gold.size()), duplicates, wrongMerges, phantoms,
                    new Ratio(datesExact, primary.size()), new Ratio(placesExact, primary.size()), wrongCountry,
                    new Ratio(kinds, primary.size()), new Ratio(military, primary.size()),
                    new Ratio(unexplained, primary.size()), new Ratio(outletsExact, primary.size()),
                    new Ratio(rollingExact, realCounted.size()), datedAfter, yearsLeftUnknown);
            errors.sort(Comparator.comparing(EvaluationError::kind)
                    .thenComparing(e -> Objects.toString(e.gold(), "~"))
                    .thenComparing(e -> Objects.toString(e.found(), "")));
            return SplitScore.of(split.name(), figures, errors);
        }

        /** The plausible pair of a found and a real incident, or null. */
        private Pair pair(Incident f, GoldIncident g) {
            if (!shareArticle(f, g.id())) {
                return null;
            }
            int place = placeScore(f, g);
            int date = dateScore(f, g);
            boolean plausible = place >= 3 || (date >= 3 && place >= 1);
            if (!plausible) {
                return null;
            }
            int facility = facilityWords(f.facility()).stream().anyMatch(facilityWords(g.facility())::contains) ? 2 : 0;
            return new Pair(f, g, place + date + facility + (f.kind() == g.kind() ? 1 : 0));
        }

        private boolean shareArticle(Incident f, String goldId) {
            Set<String> named = articlesOf.getOrDefault(goldId, Set.of());
            return sourceArticles(f).stream().anyMatch(named::contains);
        }

        /** Real incidents other than its own whose reports the found incident took from articles that name only them. */
        private List<String> mergedWith(Incident f, GoldIncident own) {
            Set<String> ownArticles = articlesOf.getOrDefault(own.id(), Set.of());
            List<String> others = new ArrayList<>();
            for (GoldIncident g : gold.values()) {
                if (g == own) {
                    continue;
                }
                Set<String> foreign = new HashSet<>(articlesOf.getOrDefault(g.id(), Set.of()));
                foreign.removeAll(ownArticles);
                if (sourceArticles(f).stream().anyMatch(foreign::contains) && placeScore(f, g) >= 3
                        && dateScore(f, g) >= 1) {
                    others.add(g.id());
                }
            }
            return others;
        }

        private Set<String> sourceArticles(Incident f) {
            Set<String> ids = new LinkedHashSet<>();
            for (Source s : f.sources()) {
                ids.add(s.articleId());
                ids.addAll(s.syndicatedCopies());
            }
            return ids;
        }

        /**
         * A passing mention needs no more than a month ("in October a blast at the Solikamsk plant"): where every
         * article of the part names the incident only in passing, the right month is as exact as they allow.
         */
        private boolean monthOfAPassingMention(Incident f, GoldIncident g) {
            return onlyInPassing(g) && f.datePrecision() == DatePrecision.MONTH && f.date() != null
                    && (f.dateBasis() == null || f.dateBasis().yearKnown())
                    && YearMonth.from(f.date()).equals(YearMonth.from(g.date()));
        }

        /** The same for a month whose year the pipeline left unknown. */
        private boolean monthOfAPassingMentionWithoutYear(Incident f, GoldIncident g) {
            return onlyInPassing(g) && f.datePrecision() == DatePrecision.MONTH && f.date() != null
                    && f.dateBasis() != null && !f.dateBasis().yearKnown() && f.dateBasis().dated()
                    && f.date().getMonth() == g.date().getMonth();
        }

        /** Whether every article of the part names the incident only in passing. */
        private boolean onlyInPassing(GoldIncident g) {
            return articlesOf.getOrDefault(g.id(), Set.of()).stream()
                    .noneMatch(id -> articles.get(id).reports().contains(g.id()));
        }

        /** The real incident's articles that the found one does not list and the reverse, to say where an outlet went. */
        private String absentArticles(GoldIncident g, Incident f) {
            if (f.sourcesTruncated()) {
                return "";
            }
            Set<String> listed = new HashSet<>();
            f.sources().forEach(s -> listed.add(s.articleId()));
            Set<String> real = articlesOf.getOrDefault(g.id(), Set.of());
            Set<String> absent = new java.util.TreeSet<>(real);
            absent.removeAll(listed);
            Set<String> extra = new java.util.TreeSet<>(listed);
            extra.removeAll(real);
            return (absent.isEmpty() ? "" : "; not among its sources: " + String.join(" ", absent))
                    + (extra.isEmpty() ? "" : "; sources that do not report it: " + String.join(" ", extra));
        }

        /** Distinct outlets among the articles naming the incident; a republication of a corpus article adds none. */
        private int goldOutlets(GoldIncident g) {
            Set<String> outlets = new HashSet<>();
            Set<String> named = articlesOf.getOrDefault(g.id(), Set.of());
            for (String id : named) {
                GoldArticle a = articles.get(id);
                if (a.copyOf() != null && named.contains(a.copyOf())) {
                    continue;
                }
                outlets.add(fold(a.outlet()));
            }
            return outlets.size();
        }

        /** The newest day any source article can be of: its publication date, else the latest incident it names. */
        private LocalDate latestArticleDay(Incident f) {
            LocalDate latest = null;
            for (String id : sourceArticles(f)) {
                GoldArticle a = articles.get(id);
                if (a == null) {
                    continue;
                }
                LocalDate day = a.published();
                if (day == null) {
                    day = a.named().stream().map(everywhere::get).filter(Objects::nonNull)
                            .map(g -> g.precision() == DatePrecision.MONTH
                                    ? YearMonth.from(g.date()).atEndOfMonth() : g.date())
                            .max(Comparator.naturalOrder()).orElse(null);
                }
                if (day != null && (latest == null || day.isAfter(latest))) {
                    latest = day;
                }
            }
            return latest;
        }

        private int foundCount(String country, LocalDate day) {
            TreeMap<LocalDate, Integer> series = new TreeMap<>();
            counts.stream().filter(c -> country.equals(c.country()))
                    .forEach(c -> series.put(c.windowEnd(), c.count()));
            var entry = series.floorEntry(day);
            return entry == null ? 0 : entry.getValue();
        }

        private void error(ErrorKind kind, GoldIncident g, Incident f, String detail) {
            error(kind, g, f, detail, null);
        }

        private void error(ErrorKind kind, GoldIncident g, Incident f, String detail, String errorClass) {
            Source first = f.sources().isEmpty() ? null : f.sources().get(0);
            errors.add(new EvaluationError(kind, g == null ? null : g.id(), f.id(),
                    first == null ? null : first.articleId(), detail, first == null ? null : clip(first.evidence()),
                    errorClass));
        }

        /**
         * Why a real incident may have been missed, by what its articles offer: whether any reports it rather than
         * naming it in passing, and whether any of those comes with a date of its own (as the pipeline receives it,
         * where known; else as the annotators know it).
         */
        private String missedClass(GoldIncident g) {
            List<GoldArticle> named = articlesOf.getOrDefault(g.id(), Set.of()).stream().map(articles::get)
                    .filter(Objects::nonNull).toList();
            List<GoldArticle> reporting = named.stream().filter(a -> a.reports().contains(g.id())).toList();
            if (reporting.isEmpty()) {
                return "named only in passing";
            }
            boolean dated = input == null ? reporting.stream().anyMatch(a -> a.published() != null)
                    : reporting.stream().anyMatch(a -> input.datedArticles().contains(a.id()));
            return dated ? "reported by a dated article" : "reported only by undated articles";
        }
    }

    private record Pair(Incident found, GoldIncident gold, int score) {
    }

    /** The real count of the window ending on {@code day}: the days after day minus four months, up to day. */
    static int realCount(Collection<GoldIncident> counted, String country, LocalDate day) {
        LocalDate after = day.minusMonths(4);
        return (int) counted.stream()
                .filter(g -> country.equals(g.country()) && g.date().isAfter(after) && !g.date().isAfter(day))
                .count();
    }

    /** The class of a wrong date: how far and in what way it is off. */
    static String dateClass(Incident f, GoldIncident g) {
        if (f.date() == null) {
            return "no date";
        }
        if (f.dateBasis() != null && !f.dateBasis().yearKnown()) {
            return "year unknown";
        }
        if (f.datePrecision() != g.precision()) {
            return f.datePrecision() == DatePrecision.MONTH ? "a month where a day is known"
                    : f.datePrecision() == DatePrecision.DAY ? "a day where only a month is known"
                    : "other precision";
        }
        if (g.precision() == DatePrecision.MONTH) {
            return f.date().getMonthValue() == g.date().getMonthValue() ? "wrong year" : "wrong month";
        }
        if (g.acceptsDay(sameDayIn(f.date(), g.date().getYear()))) {
            return "wrong year";
        }
        long nearest = Math.abs(ChronoUnit.DAYS.between(g.date(), f.date()));
        for (LocalDate alt : g.altDates()) {
            nearest = Math.min(nearest, Math.abs(ChronoUnit.DAYS.between(alt, f.date())));
        }
        return nearest == 1 ? "a day off" : nearest <= 7 ? "2 to 7 days off" : nearest <= 31 ? "8 to 31 days off"
                : "further off";
    }

    /** The class of a wrong place: what the found place says instead of the real one. */
    static String placeClass(Incident f, GoldIncident g) {
        boolean sameRegion = g.region() != null && f.region() != null
                && regionFold(f.region()).equals(regionFold(g.region()));
        if (g.settlement() == null) {
            return f.settlement() == null ? "other region" : sameRegion ? "a settlement where only the region is known"
                    : "a settlement in another region";
        }
        if (f.settlement() == null) {
            return sameRegion ? "the region for a settlement" : f.region() == null ? "the country only"
                    : "another region";
        }
        return sameRegion ? "another settlement of the region" : "a settlement in another region";
    }

    /** The class of a duplicate: how the extra record differs from the real incident's primary record. */
    static String duplicateClass(Incident extra, Incident primary) {
        if (primary == null) {
            return "no primary";
        }
        String date;
        if (extra.date() == null || primary.date() == null) {
            date = "a date missing";
        } else if ((extra.dateBasis() != null && !extra.dateBasis().dated())
                || (primary.dateBasis() != null && !primary.dateBasis().dated())) {
            date = "an undated report";
        } else if ((extra.dateBasis() != null && !extra.dateBasis().yearKnown())
                || (primary.dateBasis() != null && !primary.dateBasis().yearKnown())) {
            date = "a year unknown";
        } else if (extra.datePrecision() != primary.datePrecision()) {
            date = "day and month precision";
        } else {
            long days = Math.abs(ChronoUnit.DAYS.between(extra.date(), primary.date()));
            date = days == 0 ? "same date" : days == 1 ? "a day apart" : days <= 7 ? "2 to 7 days apart"
                    : "over a week apart";
        }
        String place;
        boolean sameRegion = extra.region() != null && primary.region() != null
                && regionFold(extra.region()).equals(regionFold(primary.region()));
        if (extra.settlement() != null && primary.settlement() != null) {
            place = fold(extra.settlement()).equals(fold(primary.settlement())) ? "same settlement"
                    : sameRegion ? "other settlement, same region" : "other region";
        } else if (extra.settlement() == null && primary.settlement() == null) {
            place = sameRegion ? "same region, no settlement" : "other region";
        } else {
            place = sameRegion ? "settlement and its region" : "other region";
        }
        return date + ", " + place;
    }

    static int placeScore(Incident f, GoldIncident g) {
        if (g.settlement() != null && f.settlement() != null && fold(f.settlement()).equals(fold(g.settlement()))) {
            return 5;
        }
        if (g.region() != null && f.region() != null && regionFold(f.region()).equals(regionFold(g.region()))) {
            return 3;
        }
        return Objects.equals(f.country(), g.country()) ? 1 : 0;
    }

    static int dateScore(Incident f, GoldIncident g) {
        if (f.date() == null) {
            return 0;
        }
        LocalDate d = f.date();
        if (f.dateBasis() != null && !f.dateBasis().yearKnown()) {
            // The year is a placeholder: the day and month are what the pipeline claims.
            d = sameDayIn(d, g.date().getYear());
        }
        boolean sameMonth = YearMonth.from(d).equals(YearMonth.from(g.date()));
        if (g.precision() == DatePrecision.MONTH) {
            if (sameMonth) {
                return f.datePrecision() == DatePrecision.MONTH ? 4 : 3;
            }
            return Math.abs(ChronoUnit.DAYS.between(g.date(), d)) <= 45 ? 1 : 0;
        }
        if (f.datePrecision() == DatePrecision.DAY) {
            if (g.acceptsDay(d)) {
                return 4;
            }
            long nearest = Math.abs(ChronoUnit.DAYS.between(g.date(), d));
            for (LocalDate alt : g.altDates()) {
                nearest = Math.min(nearest, Math.abs(ChronoUnit.DAYS.between(alt, d)));
            }
            if (nearest <= 2) {
                return 3;
            }
        } else if (sameMonth) {
            return 2;
        }
        return sameMonth ? 1 : 0;
    }

    private static LocalDate sameDayIn(LocalDate day, int year) {
        YearMonth month = YearMonth.of(year, day.getMonthValue());
        return month.atDay(Math.min(day.getDayOfMonth(), month.lengthOfMonth()));
    }

    /** Exact: the same precision, a day the annotators accept, and a year the article supports. */
    static boolean dateExact(Incident f, GoldIncident g) {
        if (f.date() == null || f.datePrecision() != g.precision()
                || (f.dateBasis() != null && !f.dateBasis().yearKnown())) {
            return false;
        }
        return g.precision() == DatePrecision.MONTH ? YearMonth.from(f.date()).equals(YearMonth.from(g.date()))
                : g.acceptsDay(f.date());
    }

    /** Exact but for the year, which the pipeline left unknown: the real precision and day (or month). */
    static boolean dayAndMonthExact(Incident f, GoldIncident g) {
        if (f.date() == null || f.dateBasis() == null || f.dateBasis().yearKnown() || !f.dateBasis().dated()
                || f.datePrecision() != g.precision()) {
            return false;
        }
        LocalDate day = sameDayIn(f.date(), g.date().getYear());
        return g.precision() == DatePrecision.MONTH ? day.getMonth() == g.date().getMonth() : g.acceptsDay(day);
    }

    /** Exact: the real settlement; where the annotators know only the region, that region and no settlement. */
    static boolean placeExact(Incident f, GoldIncident g) {
        if (g.settlement() != null) {
            return f.settlement() != null && fold(f.settlement()).equals(fold(g.settlement()));
        }
        if (g.region() != null) {
            return f.settlement() == null && f.region() != null
                    && regionFold(f.region()).equals(regionFold(g.region()));
        }
        return Objects.equals(f.country(), g.country());
    }

    /** Folds a name so that transliteration variants meet: Kamensk-Shakhtinskiy and Kamensk-Shakhtinsky. */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        s = s.replaceAll("(iy|yy|ij|ii)\\b", "y");
        return NOT_LETTERS.matcher(s).replaceAll("");
    }

    static String regionFold(String region) {
        String s = region == null ? "" : region.toLowerCase(Locale.ROOT);
        return fold(REGION_WORDS.matcher(s).replaceAll(" "));
    }

    static Set<String> facilityWords(String facility) {
        Set<String> words = new HashSet<>();
        if (facility == null) {
            return words;
        }
        for (String w : facility.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !FACILITY_STOP.contains(w)) {
                words.add(fold(w));
            }
        }
        return words;
    }

    private static String describe(Incident f) {
        return f.date() + " " + f.kind() + " " + foundPlace(f);
    }

    private static String foundPlace(Incident f) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {f.facility(), f.settlement(), f.region(), f.country()}) {
            if (part != null) {
                s.append(s.isEmpty() ? "" : ", ").append(part);
            }
        }
        return s.isEmpty() ? "no place" : s.toString();
    }

    private static String goldPlace(GoldIncident g) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {g.facility(), g.settlement(), g.region(), g.country()}) {
            if (part != null) {
                s.append(s.isEmpty() ? "" : ", ").append(part);
            }
        }
        return s.toString();
    }

    private static String clip(String evidence) {
        if (evidence == null) {
            return null;
        }
        String one = evidence.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_EVIDENCE ? one : one.substring(0, MAX_EVIDENCE - 1) + "…";
    }
}
