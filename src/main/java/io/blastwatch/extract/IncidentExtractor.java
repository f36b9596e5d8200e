package io.blastwatch.extract;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.blastwatch.model.Article;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.PublicationSource;

/**
 * Turns an article into the incidents it reports or mentions in passing. A pure function of the article and the
 * time it was ingested: no state is kept between articles, so one instance serves every thread.
 *
 * <p>It works in three steps. Each sentence is read on its own ({@link SentenceReader}). Sentences that name an
 * incident pair their dates with their places ({@link ItemPairing}). The article then completes its incidents from
 * one another: a dated incident without a place takes the place named just before it, an undated sentence about the
 * same place adds its facility, cause and settlement to the dated incident it belongs to.
 */
public final class IncidentExtractor {

    public static final int DEFAULT_MAX_MENTIONS = 50;
    /**
     * The context rules compare every incident sentence with every other and with every place, so an article with
     * thousands of them (a list or junk, never a news report) would take minutes: only the first ones in text order,
     * this many per mention kept, are considered.
     */
    private static final int DRAFTS_PER_MENTION = 4;
    /** How far a sentence saying where a site lies may be from the incident it places. */
    private static final int NEIGHBOUR_SENTENCES = 4;
    /** Settlements closer than this are taken as one site ("Yagul near Izhevsk"). */
    static final double NEAR_KM = 40;
    private static final Set<String> GROUP_CONNECTORS = Words.of("in", "near", "at", "of", "outside", "the", "a", "an",
            "village", "town", "city", "settlement", "outskirts", "on", ",", "'s", "region", "district", "oblast",
            "area", "territory", "republic", "close", "to", "suburb", "suburbs", "just", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
            "southwest", "km", "kilometres", "kilometers", "miles", "from", "(", ")", "-", "located", "situated",
            "based", "grounds", "premises", "site", "both", "russia", "ukraine", "belarus", "russian", "occupied");
    private static final int MAX_GROUP_GAP = 8;
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");
    /** Words of a facility phrase and the kind of site of the knowledge base they describe. */
    private static final LanguageResource PLACE_WORDS = LanguageResource.load("en", "places.txt");
    private static final Map<String, String> SITE_KINDS = PLACE_WORDS.values("site-kinds");
    private static final Set<String> STORAGE_HEADS = PLACE_WORDS.words("storage-heads");
    private static final Set<String> INDUSTRIAL_HEADS = Words.of("plant", "plants", "factory", "factories", "works",
            "combine", "zavod", "kombinat", "enterprise", "enterprises", "arsenal", "arsenals", "depot", "depots",
            "site", "range", "ground", "facility", "facilities");

    private final SentenceReader reader;
    private final Gazetteer gazetteer;
    private final Sites sites;
    private final int maxMentions;

    public IncidentExtractor(Gazetteer gazetteer, Sites sites, int maxMentions) {
        this.gazetteer = gazetteer;
        this.sites = sites;
        this.reader = new SentenceReader(gazetteer, sites);
        this.maxMentions = maxMentions;
    }

    /** With the bundled knowledge base of sites. */
    public IncidentExtractor(Gazetteer gazetteer, int maxMentions) {
        this(gazetteer, Sites.load(gazetteer), maxMentions);
    }

    public IncidentExtractor(Gazetteer gazetteer) {
        this(gazetteer, DEFAULT_MAX_MENTIONS);
    }

    public Extraction extract(Article article, Instant ingestedAt) {
        ArticleText body = ArticleText.of(article.text());
        String text = body.text();
        List<String> notes = new ArrayList<>(body.skipped());
        List<SentenceFacts> sentences = body.sentences().stream().map(s -> reader.read(text, s)).toList();
        ReferenceDate reference = DocumentTimeFinder.find(article, text, sentences, ingestedAt);
        PlaceResolver resolver = new PlaceResolver(namedRegions(sentences), countryWeights(sentences));

        IncidentKind articleKind = dominantKind(sentences);
        Map<Integer, IncidentKind> blockKinds = new HashMap<>();
        if (articleKind != null) {
            sentences.stream().filter(s -> s.kind() != null || s.weakTrigger())
                    .forEach(s -> blockKinds.putIfAbsent(s.block(), s.kind() == null ? articleKind : s.kind()));
        }
        List<List<LocationGroup>> groups = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        ReferenceDate story = reference;
        for (SentenceFacts s : sentences) {
            List<LocationGroup> sentenceGroups = locationGroups(s, resolver);
            groups.add(sentenceGroups);
            for (DateExpression d : s.dates()) {
                if (d.impossibleDay()) {
                    notes.add("impossible date \"" + d.text() + "\": dated by its month");
                } else if (d.kind() == DateExpression.Kind.INVALID) {
                    notes.add("impossible date left out: " + d.text());
                }
            }
            IncidentKind kind = s.kind();
            boolean promoted = false;
            // "Three days before the incident, Putin had presented awards to its staff": a day counted from the
            // story's incident, in a sentence that names no blast or attack of its own, dates something else.
            boolean storyOffsetOnly = !s.incidentDates().isEmpty() && s.incidentDates().stream()
                    .allMatch(d -> d.kind() == DateExpression.Kind.STORY_DAYS);
            if (kind == null && articleKind != null && !storyOffsetOnly) {
                if (s.weakTrigger()) {
                    kind = articleKind;
                } else if (blockKinds.containsKey(s.block()) && !s.incidentDates().isEmpty()) {
                    // "The run began in late October at the gunpowder plant in Solikamsk": a dated place in a
                    // paragraph about blasts is one of them.
                    kind = blockKinds.get(s.block());
                    promoted = true;
                }
            }
            if (kind != null) {
                drafts.addAll(draftsOf(s, sentenceGroups, reference, story, kind, promoted));
            }
            story = storyTime(s, reference, story);
        }
        int maxDrafts = DRAFTS_PER_MENTION * maxMentions;
        if (drafts.size() > maxDrafts) {
            notes.add(drafts.size() + " incident sentences; only the first " + maxDrafts + " considered");
            drafts = new ArrayList<>(drafts.subList(0, maxDrafts));
        }
        boolean militaryFraming = sentences.stream().anyMatch(SentenceFacts::militaryFraming);
        Set<String> militarySites = militarySites(sentences, groups);
        List<Draft> merged = mergeRepeats(completeFromContext(drafts, groups, sentences, reference, notes));
        for (Draft d : merged) {
            d.military = military(d, militaryFraming, militarySites);
        }
        // The reporting text without teasers and appeals: copies of an article on two sites share it.
        List<String> reporting = new ArrayList<>();
        for (SentenceFacts s : sentences) {
            for (Token t : s.tokens()) {
                if (t.word()) {
                    reporting.add(t.norm());
                }
            }
        }
        return new Extraction(mentions(article, reporting, merged, notes), reference, notes);
    }

    /** The kind most sentences name, explosions before fires; null when the article names no incident at all. */
    private static IncidentKind dominantKind(List<SentenceFacts> sentences) {
        Map<IncidentKind, Integer> counts = new EnumMap<>(IncidentKind.class);
        sentences.stream().filter(s -> s.kind() != null).forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<IncidentKind, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Every settlement and region named in a text, resolved as the extractor would resolve them in an article made of
     * that text: the same context rules, without the incident logic.
     */
    public List<FoundPlace> places(String text) {
        ArticleText body = ArticleText.of(text);
        List<SentenceFacts> sentences = body.sentences().stream().map(s -> reader.read(body.text(), s)).toList();
        PlaceResolver resolver = new PlaceResolver(namedRegions(sentences), countryWeights(sentences));
        List<FoundPlace> found = new ArrayList<>();
        for (SentenceFacts s : sentences) {
            for (LocationGroup g : locationGroups(s, resolver)) {
                for (Location l : g.parts()) {
                    if (l.site() != null) {
                        continue; // a site's name is not a place name, though the site has a place
                    }
                    if (l.settlement() != null) {
                        Settlement st = l.settlement();
                        Region r = gazetteer.region(st.regionCode()).orElse(null);
                        found.add(new FoundPlace(body.text().substring(l.start(), l.end()), l.start(), l.end(), st.id(),
                                st.name(), st.regionCode(), r == null ? null : r.name(), st.country()));
                    } else if (l.region() != null) {
                        Region r = l.region();
                        found.add(new FoundPlace(body.text().substring(l.start(), l.end()), l.start(), l.end(), null,
                                null, r.code(), r.name(), r.country()));
                    }
                }
            }
        }
        return found;
    }

    // ---- reference date -------------------------------------------------------------------------------------

    // ---- places -----------------------------------------------------------------------------------------------

    private static Set<String> namedRegions(List<SentenceFacts> sentences) {
        Set<String> regions = new HashSet<>();
        for (SentenceFacts s : sentences) {
            for (PlaceMatch p : s.places()) {
                if (p.kind() == PlaceMatch.Kind.REGION) {
                    regions.add(p.region().code());
                }
            }
        }
        return regions;
    }

    private static Map<String, Integer> countryWeights(List<SentenceFacts> sentences) {
        Map<String, Integer> weights = new HashMap<>();
        for (SentenceFacts s : sentences) {
            for (Token t : s.tokens()) {
                // Bits of the word's classes: every word of the article is asked.
                if (t.has(Lexicon.RUSSIA)) {
                    weights.merge("RU", 1, Integer::sum);
                } else if (t.has(Lexicon.UKRAINE)) {
                    weights.merge("UA", 1, Integer::sum);
                } else if (t.has(Lexicon.BELARUS)) {
                    weights.merge("BY", 1, Integer::sum);
                }
            }
        }
        return weights;
    }

    /** The sentence's places and facilities, joined into groups where only connecting words stand between them. */
    private List<LocationGroup> locationGroups(SentenceFacts s, PlaceResolver resolver) {
        List<Token> tokens = s.tokens();
        Set<String> sentenceRegions = new HashSet<>();
        for (PlaceMatch p : s.places()) {
            if (p.kind() == PlaceMatch.Kind.REGION) {
                sentenceRegions.add(p.region().code());
            }
        }
        sentenceRegions.addAll(anchorRegions(s.places(), tokens));
        List<Location> locations = new ArrayList<>();
        // "The Sloboda munitions factory in Cacak, central Serbia": a plant's name gives no town of ours in a sentence
        // set in a country outside the gazetteer's, unless it names one of our regions.
        // Only a facility reads it, and most sentences name none: the scan of every word waits for one.
        boolean abroad = !s.facilities().isEmpty() && sentenceRegions.isEmpty() && namesForeignCountry(tokens);
        List<FacilityMatch> linked = new ArrayList<>();
        List<Settlement> statedHere = new ArrayList<>();
        if (!s.sites().isEmpty()) {
            for (PlaceMatch p : s.places()) {
                if (p.kind() == PlaceMatch.Kind.SETTLEMENT) {
                    Settlement st = resolver.resolve(p, tokens, sentenceRegions, false);
                    if (st != null) {
                        statedHere.add(st);
                    }
                }
            }
        }
        for (Sites.SiteMatch m : s.sites()) {
            Sites.Site site = chooseSite(m, sentenceRegions, statedHere, resolver);
            if (site != null) {
                FacilityMatch facility = linkedFacility(m, site, s.facilities());
                linked.add(facility);
                if (!PlaceRoles.owner(tokens, m.firstToken())) {
                    locations.add(Location.of(site, facility));
                }
            }
        }
        for (FacilityMatch f : s.facilities()) {
            if (overlapsAny(f, linked)) {
                continue; // the site's name is the facility
            }
            Settlement inName = null;
            for (PlaceMatch p : s.places()) {
                if (abroad) {
                    break;
                }
                if (p.kind() == PlaceMatch.Kind.SETTLEMENT && p.firstToken() >= f.firstToken() && p.endToken() <= f.endToken()
                        && p.end() <= f.end()) {
                    inName = resolver.resolve(p, tokens, sentenceRegions, true);
                    break;
                }
            }
            if (inName == null && !abroad) {
                inName = adjectivalPlace(tokens, f, resolver, sentenceRegions);
            }
            Region region = inName == null ? null : gazetteer.region(inName.regionCode()).orElse(null);
            locations.add(new Location(inName, region, inName == null ? null : inName.country(), f, f.start(), f.end(),
                    f.firstToken(), headEnd(tokens, f), true));
        }
        for (PlaceMatch p : s.places()) {
            if (insideFacility(p, s.facilities()) || insideFacility(p, linked)) {
                continue;
            }
            if (p.kind() == PlaceMatch.Kind.SETTLEMENT) {
                Settlement settlement = resolver.resolve(p, tokens, sentenceRegions, false);
                Region around = settlement == null ? null : surrounding(settlement, tokens, p.firstToken());
                if (around != null) {
                    locations.add(new Location(null, around, around.country(), null, p.start(), p.end(),
                            p.firstToken(), p.endToken(), false));
                } else if (settlement != null) {
                    boolean vicinity = settlement.population() >= ANCHOR_MIN_POPULATION && nearCue(tokens, p.firstToken());
                    locations.add(new Location(settlement, gazetteer.region(settlement.regionCode()).orElse(null),
                            settlement.country(), null, p.start(), p.end(), p.firstToken(), p.endToken(), false, null,
                            vicinity));
                }
            } else if (p.kind() == PlaceMatch.Kind.REGION) {
                locations.add(new Location(null, p.region(), p.region().country(), null, p.start(), p.end(),
                        p.firstToken(), p.endToken(), false));
            }
        }
        locations.sort(Comparator.comparingInt(Location::start));
        List<LocationGroup> result = new ArrayList<>();
        List<Location> current = new ArrayList<>();
        for (Location l : locations) {
            if (!current.isEmpty() && !connected(tokens, current.get(current.size() - 1).endToken(), l.firstToken(), s)) {
                result.add(new LocationGroup(current));
                current = new ArrayList<>();
            }
            current.add(l);
        }
        if (!current.isEmpty()) {
            result.add(new LocationGroup(current));
        }
        return result.stream().map(this::linkByKind).toList();
    }

    /**
     * The site a name calls: the only one that bears it, else the one near a settlement the sentence names, else the
     * one in a region the sentence or the article names; a name that several sites bear and nothing tells apart
     * links to none.
     */
    private static final Map<String, String> SURROUNDING = PLACE_WORDS.values("surrounding-regions");
    private static final Set<String> FOREIGN_COUNTRIES = PLACE_WORDS.words("foreign-countries");

    private static boolean namesForeignCountry(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word() && FOREIGN_COUNTRIES.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "An airfield near Minsk", "a research institute outside Moscow": a site near a city that is a region of its own
     * lies in the region around it, at a place the sentence does not name; null when the sentence puts it in the city.
     */
    private Region surrounding(Settlement city, List<Token> tokens, int first) {
        String around = SURROUNDING.get(city.regionCode().toLowerCase(java.util.Locale.ROOT));
        if (around == null || !nearCue(tokens, first)) {
            return null;
        }
        return gazetteer.region(around).orElse(null);
    }

    /** A city this large that its name leaves no doubt about places the names around it. */
    private static final long ANCHOR_MIN_POPULATION = 50_000;

    /**
     * "The village of Kalinovka near the city of Vinnitsa": a name several villages bear is the one in the region of
     * the city the sentence places it near. Only a city named after "near", "outside", "close to" or "not far from",
     * that dwarfs every other place of its name, anchors others: "600 km east of Kyiv" or "Moscow said" do not.
     */
    private static Set<String> anchorRegions(List<PlaceMatch> places, List<Token> tokens) {
        Set<String> regions = new HashSet<>();
        for (PlaceMatch p : places) {
            if (p.kind() != PlaceMatch.Kind.SETTLEMENT || p.settlements().isEmpty() || !nearCue(tokens, p.firstToken())) {
                continue;
            }
            Settlement largest = null;
            for (PlaceMatch.NamedSettlement n : p.settlements()) {
                if (largest == null || n.settlement().population() > largest.population()) {
                    largest = n.settlement();
                }
            }
            Settlement city = largest;
            boolean dwarfs = city.population() >= ANCHOR_MIN_POPULATION && p.settlements().stream()
                    .map(PlaceMatch.NamedSettlement::settlement)
                    .filter(o -> o != city && !o.regionCode().equals(city.regionCode()))
                    .allMatch(o -> o.population() * ANCHOR_DWARFS <= city.population());
            if (dwarfs) {
                regions.add(city.regionCode());
            }
        }
        return regions;
    }

    /**
     * "near", "outside", "close to", "not far from", "on the outskirts of", optionally followed by a description of
     * the place: "near the city of", "near the Belarusian capital of".
     */
    private static boolean nearCue(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 2 && tokens.get(k).is("of")) {
            int j = k - 1;
            while (j > k - 1 - PLACE_DESCRIPTION_WORDS && j >= 0 && (PLACE_DESCRIPTIONS.contains(tokens.get(j).norm())
                    || tokens.get(j).capitalized() && tokens.get(j).word())) {
                j--;
            }
            if (j < k - 1 && tokens.get(j + 1).is("the")) {
                k = j;
            }
        }
        if (k < 0) {
            return false;
        }
        Token cue = tokens.get(k);
        return cue.is("near") || cue.is("outside") || cue.is("to") && k > 0 && tokens.get(k - 1).is("close")
                || cue.is("from") && k > 0 && tokens.get(k - 1).is("far")
                || cue.is("of") && k > 0 && OUTSKIRTS.contains(tokens.get(k - 1).norm());
    }

    /** "On the edge of Kyiv", "the outskirts of Moscow": a place beside the city, not in it. */
    private static final Set<String> OUTSKIRTS = Words.of("outskirts", "edge", "suburbs", "environs", "vicinity");

    /** Words describing a place between a cue and its name: "the Belarusian capital of", "the regional centre of". */
    private static final Set<String> PLACE_DESCRIPTIONS = Words.of("the", "city", "town", "village", "capital",
            "regional", "centre", "center", "port");
    private static final int PLACE_DESCRIPTION_WORDS = 4;

    /** How many times larger than any namesake elsewhere an anchoring city is. */
    private static final long ANCHOR_DWARFS = 20;

    private static Sites.Site chooseSite(Sites.SiteMatch m, Set<String> sentenceRegions, List<Settlement> statedHere,
                                         PlaceResolver resolver) {
        if (m.candidates().size() == 1) {
            return m.candidates().get(0);
        }
        List<Sites.Site> nearStated = m.candidates().stream().filter(c -> statedHere.stream()
                .anyMatch(st -> st.within(c.place(), LocationGroup.SITE_NEARBY_KM))).toList();
        if (nearStated.size() == 1) {
            return nearStated.get(0);
        }
        List<Sites.Site> inSentence = m.candidates().stream()
                .filter(c -> sentenceRegions.contains(c.placeRegion().code())).toList();
        if (inSentence.size() == 1) {
            return inSentence.get(0);
        }
        List<Sites.Site> inArticle = m.candidates().stream()
                .filter(c -> resolver.articleNames(c.placeRegion().code())).toList();
        return inArticle.size() == 1 ? inArticle.get(0) : null;
    }

    /** The facility phrase of a linked site: the words around its name that the facility finder read, if any. */
    private static FacilityMatch linkedFacility(Sites.SiteMatch m, Sites.Site site, List<FacilityMatch> found) {
        int start = m.start();
        int end = m.end();
        int first = m.firstToken();
        int endToken = m.endToken();
        for (FacilityMatch f : found) {
            if (f.start() < end && start < f.end()) {
                start = Math.min(start, f.start());
                end = Math.max(end, f.end());
                first = Math.min(first, f.firstToken());
                endToken = Math.max(endToken, f.endToken());
            }
        }
        return new FacilityMatch(start, end, first, endToken, site.name(), Set.of(site.key()), true,
                site.militaryIndustrial() ? FacilityMatch.Use.MILITARY : FacilityMatch.Use.UNKNOWN);
    }

    /**
     * "The gunpowder plant in Kotovsk": a facility described by what it makes, in a settlement where the knowledge
     * base has exactly one site of that kind, is that site.
     */
    private LocationGroup linkByKind(LocationGroup g) {
        FacilityMatch f = g.facility();
        Settlement settlement = g.statedSettlement();
        if (g.site() != null || f == null || settlement == null) {
            return g;
        }
        Set<String> kinds = new HashSet<>();
        for (String word : WORD_BREAKS.split(TextFolding.fold(f.name()))) {
            String kind = SITE_KINDS.get(word);
            if (kind != null) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            return g;
        }
        List<Sites.Site> fits = sites.in(settlement).stream().filter(site -> kinds.contains(site.category())).toList();
        if (fits.size() != 1) {
            return g;
        }
        Sites.Site site = fits.get(0);
        List<Location> parts = new ArrayList<>();
        for (Location l : g.parts()) {
            parts.add(l.facility() == f ? Location.of(site, new FacilityMatch(f.start(), f.end(), f.firstToken(),
                    f.endToken(), site.name(), Set.of(site.key()), true, site.militaryIndustrial()
                    ? FacilityMatch.Use.MILITARY : FacilityMatch.Use.UNKNOWN)) : l);
        }
        return new LocationGroup(parts);
    }

    /** "Votkinsky Zavod", "Tambovsky plant": the Russian adjective of a town names the town. */
    private Settlement adjectivalPlace(List<Token> tokens, FacilityMatch f, PlaceResolver resolver, Set<String> sentenceRegions) {
        for (int k = f.firstToken(); k < tokens.size() && tokens.get(k).end() <= f.end(); k++) {
            Token t = tokens.get(k);
            if (!t.capitalized()) {
                continue;
            }
            for (String stem : adjectiveStems(t.norm())) {
                List<PlaceMatch.NamedSettlement> named = gazetteer.named(stem);
                if (!named.isEmpty()) {
                    PlaceMatch match = new PlaceMatch(k, k + 1, t.start(), t.end(), t.text(), PlaceMatch.Kind.SETTLEMENT,
                            named, null, null);
                    Settlement s = resolver.resolve(match, tokens, sentenceRegions, true);
                    if (s != null) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private static List<String> adjectiveStems(String word) {
        for (String ending : List.of("skiy", "skii", "skyi", "sky", "skaya", "skoye", "skoe", "skogo")) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                String stem = word.substring(0, word.length() - ending.length());
                return List.of(stem + "sk", stem);
            }
        }
        return List.of();
    }

    private static int headEnd(List<Token> tokens, FacilityMatch f) {
        for (int k = f.firstToken(); k < tokens.size(); k++) {
            if (tokens.get(k).end() >= f.end()) {
                return k + 1;
            }
        }
        return f.endToken();
    }

    private static boolean overlapsAny(FacilityMatch f, List<FacilityMatch> others) {
        for (FacilityMatch l : others) {
            if (l.start() < f.end() && f.start() < l.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideFacility(PlaceMatch p, List<FacilityMatch> facilities) {
        for (FacilityMatch f : facilities) {
            if (p.start() >= f.start() && p.end() <= f.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean connected(List<Token> tokens, int from, int to, SentenceFacts s) {
        if (to - from > MAX_GROUP_GAP) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!GROUP_CONNECTORS.contains(t.norm()) && !t.isNumber()) {
                return false;
            }
        }
        for (DateExpression d : s.dates()) {
            if (d.start() >= tokens.get(Math.max(0, from - 1)).end() && d.end() <= tokens.get(Math.min(tokens.size() - 1, to)).start()) {
                return false;
            }
        }
        return true;
    }

    // ---- drafts -----------------------------------------------------------------------------------------------

    /**
     * The story's own time after a sentence: the last day it names ("On 7 February ... The day before, ..."), so that
     * "the day before" and "two days later" count from it. A dateline is the article's time, not the story's.
     */
    private static ReferenceDate storyTime(SentenceFacts s, ReferenceDate reference, ReferenceDate story) {
        ReferenceDate next = story;
        DateExpression dateline = Datelines.dateline(s.tokens(), s.dates());
        for (DateExpression d : s.dates()) {
            if (d == dateline || d.kind() == DateExpression.Kind.INVALID) {
                continue;
            }
            ReferenceDate against = d.kind() == DateExpression.Kind.STORY_DAYS ? next : reference;
            Optional<ResolvedDate> r = DateResolver.resolve(d, against);
            if (r.isPresent() && r.get().precision() == io.blastwatch.model.DatePrecision.DAY) {
                // A stated day fixes the story's year even in an undated article; a yearless one keeps its doubt.
                next = new ReferenceDate(r.get().date(), r.get().basis(), reference.source());
            }
        }
        return next;
    }

    private static List<Draft> draftsOf(SentenceFacts s, List<LocationGroup> groups, ReferenceDate reference,
                                        ReferenceDate story, IncidentKind kind, boolean promoted) {
        List<Draft> drafts = new ArrayList<>();
        for (ItemPairing.Pair pair : ItemPairing.pair(s.incidentDates(), groups, s.respectively())) {
            List<ResolvedDate> resolved = new ArrayList<>();
            for (DateExpression d : pair.dates()) {
                DateResolver.resolve(d, d.kind() == DateExpression.Kind.STORY_DAYS ? story : reference)
                        .ifPresent(resolved::add);
            }
            ResolvedDate date = resolved.isEmpty() ? null : Draft.union(resolved);
            if (date == null && pair.group() == null) {
                continue;
            }
            Draft draft = new Draft(s, pair.group(), date, kind);
            draft.cause = s.cause().words();
            draft.statement(s.cause());
            draft.promoted = promoted;
            drafts.add(draft);
        }
        assignAttack(s, drafts);
        return drafts;
    }

    /** An attack named in a sentence belongs to the incident named nearest to it. */
    private static void assignAttack(SentenceFacts s, List<Draft> drafts) {
        if (!s.cause().attack() || drafts.isEmpty()) {
            return;
        }
        int at = s.tokens().get(s.cause().attackToken()).start();
        Draft nearest = drafts.get(0);
        int best = Integer.MAX_VALUE;
        for (Draft d : drafts) {
            int from = Math.min(d.group == null ? Integer.MAX_VALUE : d.group.start(), d.date == null ? Integer.MAX_VALUE : d.date.start());
            int to = Math.max(d.group == null ? -1 : d.group.end(), d.date == null ? -1 : d.date.end());
            int distance = at >= from && at <= to ? 0 : Math.min(Math.abs(from - at), Math.abs(at - to));
            if (distance < best) {
                best = distance;
                nearest = d;
            }
        }
        nearest.attack = true;
        nearest.statement(s.cause());
    }

    /**
     * Completes dated drafts from their article: a dated incident without a place takes the place named just before
     * it; undated sentences about the same place add what they know to the dated incident they belong to.
     */
    private static List<Draft> completeFromContext(List<Draft> drafts, List<List<LocationGroup>> groups,
                                                   List<SentenceFacts> sentences, ReferenceDate reference,
                                                   List<String> notes) {
        List<Draft> dated = new ArrayList<>();
        List<Draft> undated = new ArrayList<>();
        for (Draft d : drafts) {
            (d.dated() ? dated : undated).add(d);
        }
        Draft fresh = freshReport(undated, dated, reference, sentences, groups);
        if (fresh != null) {
            dated.add(0, fresh);
        }
        Draft main = mainIncident(dated, groups);
        for (Draft d : dated) {
            if (!d.placed()) {
                LocationGroup inherited = precedingGroup(d.sentence.sentence().index(), groups);
                LocationGroup preceding = inherited;
                // "A fire broke out in Aramil on March 24. / In addition, on March 5, a blast thundered at ...": the
                // place of another day's incident is not this one's, unless the sentence refers back to it ("on
                // December 30, drones attacked the same plant"); a following sentence may still give one.
                boolean othersPlace = inherited != null && !d.sentence.anaphoric() && dated.stream().anyMatch(o ->
                        o != d && o.group == preceding && !o.date.date().equals(d.date.date()));
                if (othersPlace) {
                    inherited = null;
                }
                if (inherited == null) {
                    inherited = followingGroup(d.sentence.sentence().index(), d.date.text(), groups, sentences);
                    if (othersPlace && inherited != null && inherited.settlement() == null) {
                        inherited = null; // a region alone says too little to be this one's
                    }
                }
                if (inherited != null && inherited.facilityOnly()) {
                    // "The Optic Fiber Systems plant also supplies telecoms. / The facility was also targeted on
                    // April 4": a plant named without its town is where the article's incident at that plant was.
                    LocationGroup named = inherited;
                    inherited = dated.stream().filter(o -> o != d && o.placed() && affinity(o.group, named) == 3)
                            .map(o -> o.group).findFirst().orElse(inherited);
                }
                if (inherited == null && !othersPlace && main != null && main != d && main.placed()) {
                    inherited = main.group;
                }
                if (inherited != null) {
                    d.group = d.group == null ? inherited : inherited.plus(d.group);
                    d.placeInherited = true;
                }
            }
        }
        main = mainIncident(dated, groups);
        for (Draft u : undated) {
            List<Draft> sameBlock = dated.stream().filter(d -> d.sentence.block() == u.sentence.block()).toList();
            List<Draft> candidates = bestMatch(u, sameBlock, main) != null ? sameBlock : dated;
            Draft target = bestMatch(u, candidates, main);
            if (target != null) {
                enrich(target, u, isUnique(u, candidates));
            }
        }
        settleFromNeighbours(dated, groups, sentences);
        for (SentenceFacts s : sentences) {
            boolean placeless = groups.get(s.sentence().index()).isEmpty() && s.incidentDates().isEmpty();
            if (placeless && s.anaphoric() && main != null && s.cause().saysSomething()
                    && !refersToBackground(s, sentences)) {
                if (main.cause == null) {
                    main.cause = s.cause().words();
                }
                main.attack |= s.cause().attack();
                main.statement(s.cause());
            }
        }
        List<Draft> kept = new ArrayList<>();
        for (Draft d : dated) {
            if (d.placed()) {
                kept.add(d);
            } else {
                notes.add("incident without a place left out: " + d.sentence.sentence().text());
            }
        }
        return kept;
    }

    /**
     * "Earlier this year a camp in Tomsk burned. According to media reports, the fire was caused by sabotage": a cause
     * that refers back, right after a sentence of its paragraph about an earlier incident, is that incident's.
     */
    private static boolean refersToBackground(SentenceFacts s, List<SentenceFacts> sentences) {
        int before = s.sentence().index() - 1;
        if (before < 0) {
            return false;
        }
        SentenceFacts previous = sentences.get(before);
        return previous.block() == s.block() && previous.kind() != null && previous.background();
    }

    /** How far into an article its lead runs: the sentences that say what happened. */
    private static final int LEAD_SENTENCES = 4;

    /**
     * "The explosion occurred at the Sverdlov plant in Dzerzhinsk, killing three": a news report that names its
     * incident without any date reports it as news, from the day of publication or the day before. Only the lead's
     * incident, in an article whose own day is known from where it was published (never from its own dates, which
     * may be a retrospective's), in a sentence that dates nothing else; it gets the document's day, uncertain by a
     * day back.
     * <ul>
     * <li>Later dated incidents do not stop it: a report of today's strike often recalls earlier ones ("On January
     * 19 of this year, drones already attacked the facility"), and those are dated before the document.</li>
     * <li>"Explosions are heard at the depot, a police spokesman said on Tuesday": a lead dated only by when it was
     * said happened on that day or the day before.</li>
     * <li>"Thousands are evacuated after blasts at an arms depot in eastern Ukraine. The base in Balakliya, near
     * Kharkiv, ...": a lead that names no settlement takes the one the next sentences of the lead give.</li>
     * </ul>
     */
    private static Draft freshReport(List<Draft> undated, List<Draft> dated, ReferenceDate reference,
                                     List<SentenceFacts> sentences, List<List<LocationGroup>> groups) {
        boolean publishedDay = reference.dayKnown() && (reference.basis() == DateBasis.PUBLICATION
                || reference.basis() == DateBasis.INGESTION);
        // "MOSCOW, April 2. /TASS/. Drones attacked facilities in Yelabuga": the dateline gives the day of the news,
        // not its year; the incident keeps that day with its year unknown, to join the reports that know it.
        boolean filedDay = reference.source() == ReferenceDate.Source.DATELINE_DAY;
        // A page that lost its date still reports its lead as news: the incident keeps no date at all, and lends its
        // source to the one incident on record at its site (IncidentDedupProcessor).
        boolean undatedPage = reference.source() == ReferenceDate.Source.NONE
                || reference.source() == ReferenceDate.Source.TEXT;
        if (!publishedDay && !filedDay && !undatedPage) {
            return null;
        }
        for (Draft d : dated) {
            // A dated incident in the lead, or one dated on the document's day, is the news itself.
            if (d.sentence.sentence().index() < LEAD_SENTENCES || !d.date.latest().isBefore(reference.date())) {
                return null;
            }
        }
        for (SentenceFacts s : sentences) {
            if (s.sentence().index() >= LEAD_SENTENCES) {
                break;
            }
            // "Fire or blast?": a question names no news.
            if (s.kind() == null || s.weakTrigger() || s.background() || s.sentence().text().strip().endsWith("?")) {
                continue;
            }
            LocalDate day = undatedPage ? undatedLeadDay(s, reference) : leadDay(s, reference);
            if (day == null) {
                continue;
            }
            // "The governor of the Bryansk region said that drones attacked a facility in Bryansk": the sentence's
            // most specific place is the incident's, not the first one, which is often the speaker's.
            Draft own = undated.stream().filter(u -> u.sentence == s)
                    .max(Comparator.comparingInt((Draft u) -> u.group == null ? -1 : specificity(u.group))).orElse(null);
            LocationGroup place = own == null ? null : own.group;
            boolean inherited = false;
            LocationGroup following = null;
            // "One dies in Russia arms plant fire": a page that nothing dates needs the town or the site, which the
            // next sentences may give.
            if (!specific(place) || undatedPage && place.statedSettlement() == null) {
                following = leadPlace(s.sentence().index(), groups, sentences, reference);
                if (following == null) {
                    continue;
                }
                place = place == null ? following : following.plus(place);
                inherited = true;
            }
            LocationGroup leadPlace = place;
            if (undatedPage && (place.statedSettlement() == null
                    || dated.stream().anyMatch(d -> d.placed() && affinity(d.group, leadPlace) >= 2))) {
                // A region cannot tell which incident an undated report is, and an article that dates an incident at
                // the lead's place is about that one. (Deduplication asks more: a knowledge-base site.)
                return null;
            }
            if (!undatedPage && followUp(place, dated, day)) {
                // The lead names where the incident it follows up happened, when its own sentence does not.
                for (Draft recent : dated) {
                    if (!recent.placed() && recent.sentence.anaphoric()
                            && !recent.date.latest().isBefore(day.minusDays(FOLLOW_UP_DAYS))) {
                        recent.group = recent.group == null ? place : place.plus(recent.group);
                        recent.placeInherited = true;
                    }
                }
                return null;
            }
            Draft d = own;
            if (d == null) {
                d = new Draft(s, null, null, s.kind());
                d.cause = s.cause().words();
                d.attack = s.cause().attack();
                d.statement(s.cause());
            } else {
                undated.remove(d);
            }
            d.group = place;
            d.placeInherited |= inherited;
            if (undatedPage) {
                // The sentence that gave the lead its place tells the same news: "The Thursday evening fire at ...".
                List<SentenceFacts> told = new ArrayList<>(List.of(s));
                for (int i = s.sentence().index() + 1; inherited && i < groups.size(); i++) {
                    if (groups.get(i).contains(following)) {
                        told.add(sentences.get(i));
                        break;
                    }
                }
                d.weekdays = newsWeekdays(told, sentences);
            }
            d.date = undatedPage
                    ? new ResolvedDate(day, io.blastwatch.model.DatePrecision.DAY, day, day, "date unknown",
                            DateBasis.UNDATED, s.sentence().start(), s.sentence().start())
                    : new ResolvedDate(day, io.blastwatch.model.DatePrecision.DAY, day.minusDays(1), day,
                            "date of the article", reference.basis(), s.sentence().start(), s.sentence().start());
            return d;
        }
        return null;
    }

    /**
     * The day a lead sentence's incident is news: the document's day when the sentence has no date besides a
     * dateline, the day something was said ("said on Tuesday") when that is its only date; null when it dates anything
     * else ("a study in March 2023", "in 2018", "on October 25 a day of mourning was declared"), which says the
     * incident is not simply today's news.
     */
    private static LocalDate leadDay(SentenceFacts s, ReferenceDate reference) {
        DateExpression dateline = Datelines.dateline(s.tokens(), s.dates());
        LocalDate day = reference.date();
        for (DateExpression e : s.dates()) {
            if (e == dateline) {
                continue;
            }
            if (s.incidentDates().contains(e) || !saidOn(s.tokens(), e)) {
                return null;
            }
            Optional<ResolvedDate> said = DateResolver.resolve(e, reference);
            if (said.isEmpty() || said.get().precision() != io.blastwatch.model.DatePrecision.DAY
                    || said.get().date().isAfter(reference.date())
                    || said.get().date().isBefore(reference.date().minusDays(STATEMENT_DAYS_BACK))) {
                return null;
            }
            day = said.get().date().isBefore(day) ? said.get().date() : day;
        }
        return day;
    }

    /**
     * The days of the week an undated page gives its news: "the Thursday evening fire" is Thursday's, and a night's
     * ("late on Thursday") may be dated by the next morning too. The lead's own weekday first, else the one weekday
     * of the page's sentences about incidents ("The president visits the town on Tuesday" dates no incident).
     * Nothing when those name several: which is the lead's is then a guess.
     */
    private static List<DayOfWeek> newsWeekdays(List<SentenceFacts> lead, List<SentenceFacts> sentences) {
        List<DayOfWeek> own = weekdaysOf(lead);
        return own.isEmpty() ? weekdaysOf(sentences.stream().filter(s -> s.kind() != null).toList()) : own;
    }

    private static List<DayOfWeek> weekdaysOf(List<SentenceFacts> sentences) {
        Set<DayOfWeek> named = new TreeSet<>();
        boolean night = false;
        for (SentenceFacts s : sentences) {
            for (DateExpression e : s.incidentDates()) {
                if (e.kind() == DateExpression.Kind.WEEKDAY) {
                    named.add(e.weekday());
                    night |= e.nearNight();
                }
            }
        }
        if (named.size() != 1) {
            return List.of();
        }
        DayOfWeek day = named.iterator().next();
        return night ? List.of(day, day.plus(1)) : List.of(day);
    }

    /**
     * The placeholder day of an undated page's lead: the reference's day, when the sentence dates nothing. A weekday
     * that nothing resolves ("on Wednesday night" in a page without a date) does not stop it; a date that resolves,
     * even without its year, makes the sentence a dated one.
     */
    private static LocalDate undatedLeadDay(SentenceFacts s, ReferenceDate reference) {
        DateExpression dateline = Datelines.dateline(s.tokens(), s.dates());
        for (DateExpression e : s.dates()) {
            if (e != dateline && DateResolver.resolve(e, reference).isPresent()) {
                return null;
            }
        }
        return reference.date();
    }

    /**
     * "In the case of the explosion in a powder shop in the Ryazan region, two were detained ... On the morning of
     * Friday, October 22, an explosion occurred in the powder shop": a lead whose place the article dates a few days
     * back reports what followed that incident, not a new one.
     */
    private static boolean followUp(LocationGroup lead, List<Draft> dated, LocalDate day) {
        for (Draft d : dated) {
            boolean recent = !d.date.latest().isBefore(day.minusDays(FOLLOW_UP_DAYS));
            // A dated incident without a place of its own that refers back ("the explosion", "the plant") is at
            // the lead's.
            boolean sameSite = d.placed() ? affinity(d.group, lead) >= 2 : d.sentence.anaphoric();
            if (recent && sameSite) {
                return true;
            }
        }
        return false;
    }

    /**
     * How long after an incident a report of what followed it (arrests, the toll, the cause) or an analysis that
     * opens with it usually comes: a month. Recalled incidents further back leave the lead its own news.
     */
    private static final int FOLLOW_UP_DAYS = 31;

    /** "said on Tuesday", "reported Thursday": the date follows a word of saying, "on" at most between. */
    private static boolean saidOn(List<Token> tokens, DateExpression date) {
        int first = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= date.start()) {
                first = k;
                break;
            }
        }
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("on")) {
            k--;
        }
        // "told TASS on Saturday", "told reporters on Tuesday": whom it was said to stands between.
        for (int skipped = 0; k >= 0 && skipped < ADDRESSEE_WORDS && !tokens.get(k).has(Lexicon.ATTRIBUTION)
                && (tokens.get(k).capitalized() || ADDRESSEES.contains(tokens.get(k).norm())); skipped++) {
            k--;
        }
        return k >= 0 && tokens.get(k).has(Lexicon.ATTRIBUTION);
    }

    /** Whom a statement is made to, between its verb and its day: "told reporters on Tuesday". */
    private static final Set<String> ADDRESSEES = Words.of("reporters", "journalists", "media", "the", "a", "news",
            "agency", "us", "me");
    private static final int ADDRESSEE_WORDS = 3;

    /** A statement in a news lead is at most this many days older than its article. */
    private static final int STATEMENT_DAYS_BACK = 3;

    private static boolean specific(LocationGroup g) {
        return g != null && (g.settlement() != null || g.facility() != null && g.facility().named());
    }

    /**
     * The settlement the lead's next sentences place its incident at: "A research institute has caught fire. Several
     * people died. The fire broke out in an office of the institute in the city of Tver". The first sentence after the
     * lead sentence, within the lead, that names a settlement decides, and only when it names one (a list of towns is
     * no lead's place), dates nothing and speaks of the incident (its kind, a facility, or a reference back).
     */
    private static LocationGroup leadPlace(int sentenceIndex, List<List<LocationGroup>> groups,
                                           List<SentenceFacts> sentences, ReferenceDate reference) {
        int end = Math.min(groups.size(), Math.max(LEAD_SENTENCES, sentenceIndex + 2) + LEAD_PLACE_REACH);
        for (int next = sentenceIndex + 1; next < end; next++) {
            List<LocationGroup> settled = groups.get(next).stream().filter(g -> g.settlement() != null).toList();
            if (settled.isEmpty()) {
                continue;
            }
            SentenceFacts s = sentences.get(next);
            boolean aboutIt = next == sentenceIndex + 1 || s.kind() != null || s.anaphoric()
                    || settled.get(0).facility() != null;
            // A date tells of another incident only when it dates one: "the Thursday evening fire at the Kamensky
            // plant" on a page whose day nobody knows is the lead's own, told again.
            boolean datesOther = s.incidentDates().stream().anyMatch(e -> DateResolver.resolve(e, reference).isPresent());
            if (datesOther || settled.size() != 1 || !aboutIt) {
                return null;
            }
            return settled.get(0);
        }
        return null;
    }

    /** How far past the lead its place may still be named. */
    private static final int LEAD_PLACE_REACH = 2;

    /**
     * A sentence next to an incident that says where its site lies ("The test ground lies near the village of Yagul")
     * gives the incident its settlement when it has none stated yet and the region agrees.
     */
    private static void settleFromNeighbours(List<Draft> dated, List<List<LocationGroup>> groups,
                                             List<SentenceFacts> sentences) {
        for (SentenceFacts s : sentences) {
            for (LocationGroup g : groups.get(s.sentence().index())) {
                Settlement settlement = g.statedSettlement();
                if (settlement == null) {
                    continue;
                }
                Draft nearest = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Draft d : near(dated, s.sentence().index())) {
                    int distance = Math.abs(d.sentence.sentence().index() - s.sentence().index());
                    boolean near = Math.abs(d.sentence.block() - s.block()) <= 1;
                    if (near && d.placed() && d.group.statedSettlement() == null
                            && settlement.regionCode().equals(regionOf(d.group)) && distance < bestDistance) {
                        nearest = d;
                        bestDistance = distance;
                    }
                }
                if (nearest != null) {
                    nearest.group = nearest.group.plus(new LocationGroup(g.parts().stream()
                            .filter(l -> l.settlement() != null && !l.fromFacilityName()).toList()));
                }
            }
        }
    }

    /** The drafts, in text order, whose sentences lie within a few sentences of the given one. */
    private static List<Draft> near(List<Draft> inTextOrder, int sentenceIndex) {
        int from = 0;
        while (from < inTextOrder.size()
                && inTextOrder.get(from).sentence.sentence().index() < sentenceIndex - NEIGHBOUR_SENTENCES) {
            from++;
        }
        int to = from;
        while (to < inTextOrder.size()
                && inTextOrder.get(to).sentence.sentence().index() <= sentenceIndex + NEIGHBOUR_SENTENCES) {
            to++;
        }
        return inTextOrder.subList(from, to);
    }

    /** The incident the article is about: the dated one most of its sentences place themselves at. */
    private static Draft mainIncident(List<Draft> dated, List<List<LocationGroup>> groups) {
        Draft best = null;
        int bestSupport = -1;
        for (Draft d : dated) {
            if (!d.placed()) {
                continue;
            }
            int support = d.sentence.background() ? 0 : 1;
            for (List<LocationGroup> sentenceGroups : groups) {
                for (LocationGroup g : sentenceGroups) {
                    if (affinity(d.group, g) >= 2) {
                        support++;
                        break;
                    }
                }
            }
            if (support > bestSupport || support == bestSupport && d.date.date().isAfter(best.date.date())) {
                best = d;
                bestSupport = support;
            }
        }
        return best;
    }

    /** The most specific place named in the sentence itself or the two before it: a settlement before a region. */
    private static LocationGroup precedingGroup(int sentenceIndex, List<List<LocationGroup>> groups) {
        for (int k = sentenceIndex; k >= Math.max(0, sentenceIndex - 2); k--) {
            LocationGroup best = null;
            for (LocationGroup g : groups.get(k)) {
                if (specificity(g) > 0 && (best == null || specificity(g) >= specificity(best))) {
                    best = g;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static int specificity(LocationGroup g) {
        if (g.settlement() != null) {
            return 3;
        }
        if (g.facility() != null && g.facility().named()) {
            return 2;
        }
        return g.statedRegion() != null ? 1 : 0;
    }

    /**
     * "...the explosion at Votkinsky Zavod on 7 Feb 2024. The blast, near the village of Yagul, ...": a following
     * sentence of the same paragraph, or one that refers back, places it.
     */
    private static LocationGroup followingGroup(int sentenceIndex, String dateText, List<List<LocationGroup>> groups,
                                                List<SentenceFacts> sentences) {
        int block = sentences.get(sentenceIndex).block();
        for (int k = sentenceIndex + 1; k < Math.min(groups.size(), sentenceIndex + 3); k++) {
            // "An explosion on Tuesday hit one of Russia's largest ammunition plants. / Authorities in the Perm region
            // said on Tuesday ... the Solikamsk plant": a paragraph of its own that dates the same day goes on with it.
            boolean sameDay = dateText != null && sentences.get(k).incidentDates().stream()
                    .anyMatch(e -> e.text().equalsIgnoreCase(dateText));
            if (!sentences.get(k).anaphoric() && sentences.get(k).block() != block && !sameDay) {
                continue;
            }
            for (LocationGroup g : groups.get(k)) {
                if (g.hasPlace()) {
                    return g;
                }
            }
        }
        return null;
    }

    private static Draft bestMatch(Draft undated, List<Draft> dated, Draft main) {
        if (undated.group == null) {
            return null;
        }
        Draft best = null;
        int bestScore = 0;
        for (Draft d : dated) {
            if (!d.placed()) {
                continue;
            }
            int score = affinity(d.group, undated.group);
            if (score > bestScore || score == bestScore && score > 0 && d == main) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isUnique(Draft undated, List<Draft> dated) {
        int best = 0;
        int count = 0;
        for (Draft d : dated) {
            if (!d.placed()) {
                continue;
            }
            int score = affinity(d.group, undated.group);
            if (score > best) {
                best = score;
                count = 1;
            } else if (score == best && score > 0) {
                count++;
            }
        }
        return count == 1;
    }

    private static void enrich(Draft target, Draft undated, boolean unique) {
        LocationGroup g = undated.group;
        Sites.Site site = target.group.site();
        // A linked site's town is the knowledge base's, not the text's: a settlement the article states near the
        // site still says where this incident was ("the Votkinsk plant ... on the outskirts of Izhevsk").
        Settlement targetSettlement = site != null ? target.group.textSettlement() : target.group.statedSettlement();
        Settlement settlement = site != null ? g.textSettlement() : g.statedSettlement();
        boolean addsSettlement = targetSettlement == null && settlement != null
                && (regionOf(target.group) == null || settlement.regionCode().equals(regionOf(target.group)))
                && (site == null || settlement.within(site.place(), LocationGroup.SITE_NEARBY_KM));
        FacilityMatch facility = g.facility();
        FacilityMatch current = target.group.facility();
        boolean addsFacility = facility != null && facility.named() && (current == null || !current.named());
        if (addsSettlement || addsFacility) {
            target.group = target.group.plus(g);
        } else if (g.anyMilitaryFacility() && !target.group.anyMilitaryFacility()) {
            target.group = target.group.plus(new LocationGroup(g.parts().stream().filter(l -> l.facility() != null).toList()));
        }
        if (target.cause == null) {
            target.cause = undated.cause;
        }
        target.statement(undated.causeOf);
        if (unique && undated.attack) {
            target.attack = true;
            target.kind = undated.kind;
        }
    }

    /**
     * How surely two location groups name one site: 3 for the same facility, 2 for the same or a nearby settlement,
     * 1 for the same region only, 0 for different places.
     */
    static int affinity(LocationGroup a, LocationGroup b) {
        FacilityMatch fa = a.facility();
        FacilityMatch fb = b.facility();
        if (fa != null && fb != null && fa.named() && fb.named()
                && (!disjoint(fa.key(), fb.key()) || sameNameSettlement(a, b))) {
            return 3;
        }
        Settlement sa = a.settlement();
        Settlement sb = b.settlement();
        if (sa != null && sb != null) {
            // A site's incident may be told at a settlement near the site's town: its test ground, its outskirts.
            double near = a.site() != null || b.site() != null ? LocationGroup.SITE_NEARBY_KM : NEAR_KM;
            return sa.id().equals(sb.id()) || sa.within(sb, near) ? 2 : 0;
        }
        String ra = regionOf(a);
        String rb = regionOf(b);
        return ra != null && ra.equals(rb) ? 1 : 0;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String k : a) { // a loop: every pair of drafts asks it
            if (b.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNameSettlement(LocationGroup a, LocationGroup b) {
        Settlement sa = nameSettlement(a);
        Settlement sb = nameSettlement(b);
        return sa != null && sb != null && sa.id().equals(sb.id());
    }

    private static Settlement nameSettlement(LocationGroup g) {
        for (Location l : g.parts()) {
            if (l.facility() != null && l.fromFacilityName() && l.settlement() != null) {
                return l.settlement();
            }
        }
        return null;
    }

    static String regionOf(LocationGroup g) {
        Region stated = g.statedRegion();
        if (stated != null) {
            return stated.code();
        }
        Settlement s = g.settlement();
        return s == null ? null : s.regionCode();
    }

    // ---- military-industrial ------------------------------------------------------------------------------------

    /**
     * Sites the article says make weapons: a named facility in a sentence with military words, or one that the next
     * sentence describes ("This plant produces Iskander missiles").
     */
    private static Set<String> militarySites(List<SentenceFacts> sentences, List<List<LocationGroup>> groups) {
        Set<String> sites = new HashSet<>();
        LocationGroup lastNamed = null;
        for (SentenceFacts s : sentences) {
            List<LocationGroup> sentenceGroups = groups.get(s.sentence().index());
            boolean describesLast = s.anaphoric() && s.tokens().size() > 1
                    && Vocabulary.ANAPHORS.contains(s.tokens().get(0).norm());
            for (LocationGroup g : sentenceGroups) {
                if (g.facility() != null && (s.military() || g.anyMilitaryFacility())) {
                    sites.addAll(siteKeys(g));
                }
            }
            if (describesLast && s.military() && lastNamed != null) {
                sites.addAll(siteKeys(lastNamed));
            }
            for (LocationGroup g : sentenceGroups) {
                if (g.facility() != null && g.facility().named()) {
                    lastNamed = g;
                }
            }
        }
        return sites;
    }

    private static Set<String> siteKeys(LocationGroup g) {
        Set<String> keys = new HashSet<>();
        Settlement inName = nameSettlement(g);
        if (inName != null) {
            keys.add("s:" + inName.id());
        }
        Settlement stated = g.statedSettlement();
        if (stated != null && g.facility() != null) {
            keys.add("at:" + stated.id());
        }
        FacilityMatch f = g.facility();
        if (f != null) {
            f.key().forEach(k -> keys.add("k:" + k));
        }
        return keys;
    }

    private static boolean military(Draft d, boolean articleFraming, Set<String> militarySites) {
        LocationGroup g = d.group;
        if (g.site() != null) {
            return g.site().militaryIndustrial(); // the knowledge base knows what the site is
        }
        if (g.facility() != null && STORAGE_HEADS.contains(lastWord(g.facility().name()))) {
            return false; // "the ammunition depot", "a military airfield": military, not industry
        }
        if (g.anyCivilianFacility() && !g.anyMilitaryFacility()) {
            return false;
        }
        if (g.anyMilitaryFacility()) {
            return true;
        }
        if (siteKeys(g).stream().anyMatch(militarySites::contains)) {
            return true;
        }
        Settlement stated = g.statedSettlement();
        if (stated != null && g.facility() == null && militarySites.contains("at:" + stated.id())) {
            return true; // "an explosion in Kotovsk" in an article about the gunpowder plant in Kotovsk
        }
        if (d.sentence.military()) {
            return true;
        }
        if (!articleFraming) {
            return false;
        }
        // An article about the defence industry that lists explosions at plants lists defence plants.
        return d.sentence.background() || d.promoted || d.sentence.militaryFraming()
                || g.facility() != null && INDUSTRIAL_HEADS.contains(lastWord(g.facility().name()));
    }

    private static String lastWord(String phrase) {
        String[] words = WORD_BREAKS.split(TextFolding.fold(phrase));
        return words[words.length - 1];
    }

    // ---- output -----------------------------------------------------------------------------------------------

    /** Two drafts of one article about one incident (the article names it twice) become one mention. */
    /**
     * "Explosions killed three at the Avangard plant on 17 October ... Explosions rocked the Avangard plant on 18
     * October 2025": one article that dates one site of the knowledge base on two days in a row tells of one incident
     * it dates two ways (an evening, a time zone, a slip), and gets both days.
     */
    private static boolean adjacentAtOneSite(Draft a, Draft b) {
        if (!a.dated() || !b.dated() || a.dateUnknown() || b.dateUnknown() || a.group.site() == null
                || a.group.site() != b.group.site() || a.date.precision() != io.blastwatch.model.DatePrecision.DAY
                || b.date.precision() != io.blastwatch.model.DatePrecision.DAY) {
            return false;
        }
        long gap = Math.max(java.time.temporal.ChronoUnit.DAYS.between(a.date.latest(), b.date.earliest()),
                java.time.temporal.ChronoUnit.DAYS.between(b.date.latest(), a.date.earliest()));
        return gap == 1;
    }

    private static List<Draft> mergeRepeats(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft k : kept) {
                boolean regionLevel = k.group.settlement() == null || d.group.settlement() == null;
                if (k.overlaps(d) && affinity(k.group, d.group) >= (regionLevel ? 1 : 2) || adjacentAtOneSite(k, d)) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(d);
            } else {
                if (!same.overlaps(d)) {
                    same.date = Draft.union(List.of(same.date, d.date));
                } else if (d.width() < same.width()) {
                    same.date = d.date;
                }
                boolean placesSite = same.group.site() != null && same.group.textSettlement() == null
                        && d.group.textSettlement() != null;
                if (same.group.settlement() == null && d.group.settlement() != null
                        || same.group.facility() == null && d.group.facility() != null || placesSite) {
                    same.group = same.group.plus(d.group);
                }
                same.attack |= d.attack;
                same.promoted &= d.promoted;
                if (same.cause == null) {
                    same.cause = d.cause;
                }
                same.statement(d.causeOf);
            }
        }
        return kept;
    }

    private List<IncidentMention> mentions(Article article, List<String> reporting, List<Draft> drafts,
                                           List<String> notes) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt((Draft d) -> d.sentence.sentence().start())
                .thenComparing(d -> d.date.earliest()));
        if (ordered.size() > maxMentions) {
            notes.add("only the first " + maxMentions + " of " + ordered.size() + " incidents kept");
            ordered = ordered.subList(0, maxMentions);
        }
        String fingerprint = TextFingerprint.hex(TextFingerprint.simHash(reporting));
        List<IncidentMention> mentions = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            mentions.add(mention(article, ordered.get(i), i, fingerprint));
        }
        return mentions;
    }

    /**
     * "A plant near Ryazan", "a depot near the Russian city of Voronezh": a large city named after "near" is a landmark
     * for a site in its surroundings, often a village other outlets name. The mention keeps the city for its place but
     * does not state it, so that it joins the incident of its region and day instead of founding one in the city.
     */
    private static boolean nearCity(LocationGroup g, Settlement settlement) {
        return g.site() == null && g.parts().stream().anyMatch(l -> l.settlement() == settlement && l.vicinity())
                && g.parts().stream().noneMatch(l -> l.settlement() == settlement && !l.vicinity());
    }

    private IncidentMention mention(Article article, Draft d, int ordinal, String fingerprint) {
        LocationGroup g = d.group;
        Settlement settlement = g.settlement();
        Region region = settlement != null ? gazetteer.region(settlement.regionCode()).orElse(g.statedRegion())
                : g.statedRegion();
        String country = settlement != null ? settlement.country() : region != null ? region.country() : null;
        Sites.Site site = g.site();
        Double lat = site != null ? Double.valueOf(site.lat()) : settlement != null ? Double.valueOf(settlement.latitude())
                : region != null ? Double.valueOf(region.latitude()) : null;
        Double lon = site != null ? Double.valueOf(site.lon()) : settlement != null ? Double.valueOf(settlement.longitude())
                : region != null ? Double.valueOf(region.longitude()) : null;
        FacilityMatch facility = g.facility();
        Sentence s = d.sentence.sentence();
        ResolvedDate date = d.date;
        // An ingestion time is not a publication time: sources show none rather than a wrong one.
        String published = article.publishedFrom() == PublicationSource.INGESTION ? null : article.published();
        return new IncidentMention(
                article.id() + "#" + ordinal, article.id(), article.outlet(), article.url(), published,
                fingerprint, date.date(), date.precision(), date.earliest(), date.latest(), date.text(), date.basis(), d.weekdays,
                d.kind, facility == null ? null : facility.name(), facility != null && facility.named(),
                facility == null || facility.key().isEmpty() ? null : String.join(" ", new java.util.TreeSet<>(facility.key())),
                nameSettlement(g) == null ? null : nameSettlement(g).id(),
                settlement == null ? null : settlement.name(), settlement == null ? null : settlement.id(),
                settlement != null && settlement == g.statedSettlement() && !nearCity(g, settlement),
                region == null ? null : region.name(), region == null ? null : region.code(), country, lat, lon,
                d.military, !d.attack, d.cause, d.causeOf == null ? null : d.causeOf.speaker(),
                d.causeOf == null ? null : d.causeOf.stance(), s.text(), s.start(), s.end(), false);
    }
}
