package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.blastwatch.model.IncidentKind;

/** Reads one sentence into {@link SentenceFacts}. */
final class SentenceReader {

    /** How far back from a date to look for "said", "report" and the like. */
    private static final int ATTRIBUTION_REACH = 7;
    private static final Set<String> ATTRIBUTION_NOUNS = Words.of("update", "report", "review", "assessment",
            "statement", "briefing", "bulletin", "interview", "post", "tweet", "summary");
    private static final Set<String> NOT_A_BLAZE_BEFORE = Words.of("opened", "open", "opening", "artillery", "under",
            "cease", "returned", "heavy", "small-arms");
    private static final Set<String> BLAZE_VERBS = Words.of("caught", "catch", "catches", "catching", "set", "sets");
    private static final Set<String> NOT_A_BLAZE_AFTER = Words.of("brigade", "brigades", "service", "department", "at", "on");
    private static final Set<String> BLAZE_DETERMINERS = Words.of("a", "the", "another", "this", "that", "large", "big",
            "huge", "massive", "major", "small", "second", "new", "fierce", "powerful", "serious", "deadly");
    private static final Set<String> INDUSTRY_NOUNS = Words.of("industry", "industrial", "plant", "plants", "factory",
            "factories", "enterprise", "enterprises", "sector", "production", "output");
    private static final Set<String> PASSIVE_AUXILIARIES = Words.of("was", "were", "been", "first", "initially",
            "reportedly", "is", "are");

    /** Attacks that take their target as object; data, like every list of words that grows with the news. */
    private static final LanguageResource ATTACKS = LanguageResource.load("en", "attacks.txt");
    private static final Set<String> ATTACK_VERBS = ATTACKS.words("verbs");
    private static final Set<String> ATTACK_NOUNS = ATTACKS.words("nouns");
    private static final Set<String> ATTACK_LINKS = ATTACKS.words("links");
    private static final Set<String> ATTACK_INTENT = ATTACKS.words("intent");
    /** How many words after the attack word its target may start: "struck a large chemical plant". */
    private static final int TARGET_REACH = 8;

    private final Gazetteer gazetteer;
    private final Sites sites;

    SentenceReader(Gazetteer gazetteer, Sites sites) {
        this.gazetteer = gazetteer;
        this.sites = sites;
    }

    SentenceFacts read(String text, Sentence sentence) {
        List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
        List<DateExpression> dates = DateFinder.find(text, tokens);
        List<PlaceMatch> places = PlaceRoles.incidentPlaces(tokens, gazetteer.find(text, tokens), dates, gazetteer);
        boolean[] placeTokens = new boolean[tokens.size()];
        for (PlaceMatch p : places) {
            for (int k = p.firstToken(); k < p.endToken(); k++) {
                placeTokens[k] = true;
            }
        }
        List<FacilityMatch> facilities = FacilityFinder.find(text, tokens, placeTokens);
        CauseFinding cause = CauseAnalyzer.analyze(text, tokens);
        IncidentKind kind = kind(tokens, cause);
        DateExpression dateline = Datelines.dateline(tokens, dates);
        List<DateExpression> incidentDates = new ArrayList<>();
        // "Moscow. / November 27. / INTERFAX - At the plant ...": a line that is nothing but a date is a dateline or a
        // byline cut off by its full stop, not the date of an incident.
        boolean dateAlone = dates.size() == 1 && tokens.stream().filter(Token::word)
                .allMatch(t -> t.start() >= dates.get(0).start() && t.end() <= dates.get(0).end());
        for (int i = 0; i < dates.size() && !dateAlone; i++) {
            DateExpression d = dates.get(i);
            // A year alone ("in 2018", "three years ago") dates nothing a report can count (a mention needs at least
            // a month), and a weekday
            // written with its date ("Tuesday, November 14") says the same day again, less precisely.
            boolean pairedWeekday = d.kind() == DateExpression.Kind.WEEKDAY && i + 1 < dates.size()
                    && dates.get(i + 1).kind() == DateExpression.Kind.CALENDAR && dates.get(i + 1).start() - d.end() <= 2;
            boolean yearOnly = d.kind() == DateExpression.Kind.YEAR || d.kind() == DateExpression.Kind.YEARS_AGO;
            boolean unusable = d.kind() == DateExpression.Kind.INVALID && !d.impossibleDay();
            if (!unusable && !yearOnly && !d.boundary()
                    && !pairedWeekday && d != dateline && !attributionDate(tokens, d) && !anchorDate(tokens, d)
                    && !embedDate(tokens, d) && !statusDate(tokens, d) && !statisticDate(tokens, d)) {
                incidentDates.add(d);
            }
        }
        List<Sites.SiteMatch> siteMatches = sites.find(text, tokens);
        boolean weak = weakIncident(tokens) || passiveHit(tokens)
                || (kind == null && attackOnSite(tokens, facilities, siteMatches));
        return new SentenceFacts(sentence, tokens, dates, incidentDates, places, facilities, siteMatches,
                kind, weak, cause,
                background(tokens), anaphoric(tokens), military(tokens), militaryFraming(tokens), respectively(tokens));
    }

    /**
     * "It struck a chemical plant in the Bryansk region", "a strike on the Bryansk Chemical Plant": an attack word
     * with a facility or a known site as its target, within a few words after it, names an incident at that target,
     * though no weapon is named beside it. An intention ("vowed to strike") names none.
     */
    private static boolean attackOnSite(List<Token> t, List<FacilityMatch> facilities, List<Sites.SiteMatch> sites) {
        if (sites.isEmpty()) {
            return false; // nothing for an attack to be on: most sentences name no site, and are not read word by word
        }
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).norm();
            int from;
            if (ATTACK_VERBS.contains(w)) {
                from = i + 1;
            } else if (ATTACK_NOUNS.contains(w) && i + 1 < t.size() && ATTACK_LINKS.contains(t.get(i + 1).norm())) {
                from = i + 2;
            } else {
                continue;
            }
            if (i > 0 && ATTACK_INTENT.contains(t.get(i - 1).norm())) {
                continue;
            }
            int to = from + TARGET_REACH;
            for (Sites.SiteMatch m : sites) {
                if (m.firstToken() >= from && m.firstToken() < to) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The incident", "an accident at the plant": a word that names an incident without saying what happened. A number
     * of them ("there were 5 incidents in 2016", "two accidents last year") is a statistic, not one incident.
     */
    private static boolean weakIncident(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).has(Lexicon.WEAK_INCIDENT) && !(t.get(i).norm().endsWith("s") && i > 0 && counted(t.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean counted(Token before) {
        return before.isNumber() || COUNT_WORDS.contains(before.norm());
    }

    private static final Set<String> COUNT_WORDS = Words.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "many", "dozens", "hundreds", "numerous", "multiple");

    /**
     * "On the morning of July 4, the powder plant was hit": a site that was hit names an incident whose kind the rest
     * of the article tells, like "the incident".
     */
    private static boolean passiveHit(List<Token> t) {
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).is("hit") && PASSIVE_AUXILIARIES.contains(t.get(i - 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The incident a sentence's words name: an attack when one is reported, else an explosion before a fire. */
    private static IncidentKind kind(List<Token> tokens, CauseFinding cause) {
        boolean explosion = false;
        boolean fire = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.has(Lexicon.EXPLOSION)) {
                boolean phrasal = tok.is("blew") || tok.is("blown");
                explosion |= !phrasal || i + 1 < tokens.size() && tokens.get(i + 1).is("up");
            } else if (tok.has(Lexicon.FIRE) && !nonIncidentFire(tokens, i)) {
                fire = true;
            }
        }
        if (cause.attack()) {
            return cause.attackKind();
        }
        if (explosion || fire) {
            return explosion ? IncidentKind.EXPLOSION : IncidentKind.FIRE;
        }
        return cause.attackKind(); // an attack reported as alleged, or none
    }

    /**
     * "opened fire", "artillery fire", "under fire", "fire brigade", "troops fire at": the word, not a blaze. After an
     * article or an adjective it is the noun, and "a fire at the plant", "the fire on the roof" are blazes.
     */
    private static boolean nonIncidentFire(List<Token> t, int i) {
        if (!t.get(i).is("fire")) {
            return false;
        }
        String before = i > 0 ? t.get(i - 1).norm() : "";
        String after = i + 1 < t.size() ? t.get(i + 1).norm() : "";
        if (NOT_A_BLAZE_BEFORE.contains(before)) {
            return true;
        }
        if (BLAZE_VERBS.contains(before)) {
            return false; // "the plant caught fire on Tuesday", "set fire to the depot"
        }
        boolean noun = BLAZE_DETERMINERS.contains(before);
        return NOT_A_BLAZE_AFTER.contains(after) && !(noun && (after.equals("at") || after.equals("on")));
    }

    /**
     * A date that says when something was said or published, not when the incident happened: "said in a report on
     * Feb. 9", "a review dated 9 February". "The first explosion was reported on Aug. 4" keeps its date: there the
     * incident itself is what was reported. A date right before an incident word ("the Feb. 7 explosion") always
     * is an incident date.
     */
    private static boolean attributionDate(List<Token> t, DateExpression d) {
        int first = firstTokenAt(t, d.start());
        int last = lastTokenBefore(t, d.end());
        for (int k = last + 1; k < Math.min(t.size(), last + 3); k++) {
            if (triggerWord(t.get(k))) {
                return false;
            }
            if (ATTRIBUTION_NOUNS.contains(t.get(k).norm())) {
                return true; // "its Feb. 9 update", "the 9 February review"
            }
        }
        // "Moreover, on April 18, satellite images emerged showing ...": a date that opens the sentence, before its
        // verb, after a linking word and its comma.
        if (first > 1 && opensSentence(t, first) && attributedAhead(t, last)) {
            return true;
        }
        for (int k = first - 1; k >= Math.max(0, first - ATTRIBUTION_REACH); k--) {
            Token tok = t.get(k);
            // "as quoted by Newsweek, Tuesday": a comma between a cited outlet and the day it was cited.
            boolean citedOutlet = tok.is(",") && k == first - 1 && k > 0 && t.get(k - 1).capitalized();
            if (triggerWord(tok) || tok.is(";") || tok.is(",") && !citedOutlet) {
                return false;
            }
            if (tok.has(Lexicon.ATTRIBUTION)) {
                boolean passive = tok.is("reported") && k > 0 && PASSIVE_AUXILIARIES.contains(t.get(k - 1).norm());
                return !passive;
            }
        }
        return first <= 1 && attributedAhead(t, last);
    }

    /** Whether a word of saying or publishing follows the date before any incident word. */
    private static boolean attributedAhead(List<Token> t, int last) {
        for (int k = last + 1; k < Math.min(t.size(), last + 9); k++) {
            Token tok = t.get(k);
            if (triggerWord(tok)) {
                return false;
            }
            if (tok.has(Lexicon.ATTRIBUTION) && !tok.is("according")) {
                return true;
            }
        }
        return false;
    }

    /** Whether only a preposition or a linking word stands before the date: "On April 18", "Moreover, on April 18". */
    private static boolean opensSentence(List<Token> t, int first) {
        for (int k = 0; k < first; k++) {
            if (!SENTENCE_OPENERS.contains(t.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SENTENCE_OPENERS = Words.of("on", "in", ",", "moreover", "also", "additionally",
            "addition", "furthermore", "meanwhile", "however", "and", "but", "then", "later", "separately", "besides");

    /** How far from a date the words that anchor it to another event are looked for. */
    private static final int ANCHOR_REACH = 6;
    private static final int PERIOD_REACH = 3;
    /** "(@nexta_tv) April 26": the handle reads as up to five tokens. */
    private static final int EMBED_REACH = 7;

    /**
     * A date that anchors something other than an incident: the start of a period ("since 24 February 2022"), an
     * event that is not one ("the invasion on 24 February 2022", "founded in 1916", "under sanctions since 2022", "a
     * study in August 2023 found"). An incident word nearer the date than the anchoring word keeps it an incident
     * date: "since the blast on 7 May", "the plant, founded in 1916, exploded on 7 February".
     */
    static boolean anchorDate(List<Token> t, DateExpression d) {
        int first = firstTokenAt(t, d.start());
        int last = lastTokenBefore(t, d.end());
        for (int k = first - 1; k >= Math.max(0, first - PERIOD_REACH); k--) {
            if (triggerWord(t.get(k))) {
                break;
            }
            if (DateWords.ENGLISH.periodOpeners().contains(t.get(k).norm())) {
                return true;
            }
        }
        // The word that governs a date usually comes before it ("sanctioned on 24 February", "hit by drones on 21
        // December"); only when none stands before does one after it decide ("In August 2023 an outlet found").
        for (int k = first - 1; k >= Math.max(0, first - ANCHOR_REACH); k--) {
            if (triggerWord(t.get(k))) {
                return false;
            }
            if (DateWords.ENGLISH.anchorEvents().contains(t.get(k).norm())) {
                return true;
            }
        }
        for (int k = last + 1; k < Math.min(t.size(), last + 1 + ANCHOR_REACH); k++) {
            if (triggerWord(t.get(k))) {
                return false;
            }
            if (DateWords.ENGLISH.anchorEvents().contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "As of 5 a.m. on September 27, the explosions were still going on": the time of a status of the incident, not
     * the day it happened.
     */
    static boolean statusDate(List<Token> t, DateExpression d) {
        int first = firstTokenAt(t, d.start());
        for (int k = first - 1; k >= Math.max(1, first - STATUS_REACH); k--) {
            Token tok = t.get(k);
            // "As of 6 a.m., September 27": a comma may close the clock time.
            boolean clockComma = tok.is(",") && k > 0 && (t.get(k - 1).is(".") || t.get(k - 1).isNumber());
            if (triggerWord(tok) || tok.is(",") && !clockComma || tok.is(";")) {
                return false;
            }
            if (tok.is("of") && t.get(k - 1).is("as")) {
                return true;
            }
        }
        return false;
    }

    /** "As of 5 a.m. on September 27": a clock time may stand between "as of" and the date. */
    private static final int STATUS_REACH = 8;

    /**
     * "Strikes doubled from 350 in July to about 750 in August": a number of things in a month is a statistic, and its
     * month dates no incident.
     */
    static boolean statisticDate(List<Token> t, DateExpression d) {
        int first = firstTokenAt(t, d.start());
        return first >= 2 && t.get(first - 1).is("in") && t.get(first - 2).isNumber();
    }

    /** The date of an embedded post: "— NEXTA (@nexta_tv) April 26, 2022", "pic.twitter.com/... February 7, 2024". */
    static boolean embedDate(List<Token> t, DateExpression d) {
        int first = firstTokenAt(t, d.start());
        for (int k = first - 1; k >= Math.max(0, first - EMBED_REACH); k--) {
            String text = t.get(k).text();
            if (text.startsWith("@") || t.get(k).norm().contains("twitter.com") || t.get(k).is("@")) {
                return true;
            }
        }
        return false;
    }

    private static boolean triggerWord(Token tok) {
        return tok.has(Lexicon.TRIGGER);
    }

    /**
     * The first token that ends after the offset. Tokens are in text order, so both ends rise with the index and a
     * binary search finds it: hostile sentences hold hundreds of dates, each looked up here.
     */
    static int firstTokenAt(List<Token> t, int offset) {
        int low = 0;
        int high = t.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (t.get(mid).end() > offset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The last token that starts before the offset, or -1. */
    static int lastTokenBefore(List<Token> t, int offset) {
        int low = 0;
        int high = t.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (t.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    private static boolean background(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).has(Lexicon.BACKGROUND) && !burstAtOneSite(t, i) && !productList(t, i) && !waveAsCause(t, i)
                    && !anotherOfNoIncident(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** Words between "series of" and the site a burst of blasts happened at: "a series of powerful explosions at". */
    private static final int BURST_REACH = 4;

    /**
     * "A defence plant caught fire following a wave of drone attacks": a wave of attacks that something followed is
     * what caused the incident of the sentence, not a run of earlier ones.
     */
    private static boolean waveAsCause(List<Token> t, int i) {
        Token word = t.get(i);
        if (!(word.is("series") || word.is("wave") || word.is("spate")) || i + 1 >= t.size() || !t.get(i + 1).is("of")) {
            return false;
        }
        boolean followed = false;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            Token before = t.get(k);
            followed |= before.is("following") || before.is("after") || before.is("amid") || before.is("during");
        }
        if (!followed) {
            return false;
        }
        for (int k = i + 2; k < Math.min(t.size(), i + 2 + BURST_REACH); k++) {
            if (t.get(k).has(Lexicon.STRIKE | Lexicon.AIRSTRIKE)) {
                return true;
            }
        }
        return false;
    }

    /** Words between "another" and the noun it is about: "another large ammunition depot". */
    private static final int ANOTHER_REACH = 3;

    /**
     * "Two died after the strike on the factory, and another person was killed when a house was hit": "another" and
     * "other" speak of earlier incidents only before a word of one, or of a site or a weapon ("another blast",
     * "other plants", "another drone"); before people they count victims.
     */
    private static boolean anotherOfNoIncident(List<Token> t, int i) {
        Token word = t.get(i);
        if (!(word.is("another") || word.is("other"))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 1 + ANOTHER_REACH); k++) {
            Token next = t.get(k);
            if (next.has(Lexicon.TRIGGER | Lexicon.WEAK_INCIDENT | Lexicon.FACILITY_HEAD | Lexicon.DRONE | Lexicon.MISSILE)
                    || next.is("time") || next.is("times") || next.is("one") || next.is("ones")) {
                return false;
            }
        }
        return true;
    }

    /** Words between a verb of production and the "including" of its list of products. */
    private static final int PRODUCT_LIST_REACH = 10;

    /** "A factory that manufactures engines for military equipment, including nuclear complexes": products, not incidents. */
    private static boolean productList(List<Token> t, int i) {
        Token word = t.get(i);
        if (!(word.is("including") || word.is("include") || word.is("includes") || word.is("included"))) {
            return false;
        }
        for (int k = Math.max(0, i - PRODUCT_LIST_REACH); k < i; k++) {
            if (Vocabulary.PRODUCT_VERBS.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A series of explosions at a massive arms depot": many blasts at one site are one incident, not a run of
     * earlier ones. Only "series", "string" and "wave" followed by "of", incident words and a preposition with a
     * singular site ("a", "an", "the" ... depot); "a series of explosions at Russian plants" stays background.
     */
    private static boolean burstAtOneSite(List<Token> t, int i) {
        Token word = t.get(i);
        if (!(word.is("series") || word.is("string") || word.is("wave")) || i + 1 >= t.size() || !t.get(i + 1).is("of")) {
            return false;
        }
        boolean incident = false;
        // "A series of powerful blasts ignited a fire Friday at a depot": what the blasts did may stand before the site.
        for (int k = i + 2; k < Math.min(t.size(), i + 2 + 2 * BURST_REACH); k++) {
            Token tok = t.get(k);
            boolean article = k + 1 < t.size() && (t.get(k + 1).is("a") || t.get(k + 1).is("an") || t.get(k + 1).is("the"));
            if (incident && tok.has(Lexicon.TRIGGER) && article && singularSiteAhead(t, k + 2)) {
                return true; // "a series of missile strikes hit a plant"
            }
            if (tok.has(Lexicon.TRIGGER)) {
                incident = true;
            } else if (incident && (tok.is("at") || tok.is("in") || tok.is("on") || tok.is("against"))) {
                return article && singularSiteAhead(t, k + 2);
            }
        }
        return false;
    }

    private static boolean singularSiteAhead(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + BURST_REACH); k++) {
            if (t.get(k).has(Lexicon.FACILITY_HEAD)) {
                return !t.get(k).norm().endsWith("s") || t.get(k).is("works");
            }
        }
        return false;
    }

    private static boolean anaphoric(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            // "the same plant", "that same depot"
            boolean same = t.get(i + 1).is("same") && i + 2 < t.size();
            Token next = t.get(same ? i + 2 : i + 1);
            if (t.get(i).has(Lexicon.ANAPHOR) && (next.has(Lexicon.EXPLOSION | Lexicon.FIRE | Lexicon.WEAK_INCIDENT
                    | Lexicon.FACILITY_HEAD) || next.is("attack") || next.is("test") || next.is("affected")
                    || next.is("episode"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of weapons production. "Missiles" count only beside a word of production ("produces missiles", "missile
     * plant"), so that a sentence about a missile strike on a flat does not make the flat military.
     */
    private static boolean military(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.has(Lexicon.PRODUCT)) {
                return true;
            }
            if (tok.has(Lexicon.MISSILE)) {
                for (int k = Math.max(0, i - 5); k < Math.min(t.size(), i + 3); k++) {
                    if (t.get(k).has(Lexicon.PRODUCTION)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "military-industrial", "military industrial plant", "defence industry", "arms factory", "munitions plant". */
    private static boolean militaryFraming(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).has(Lexicon.INDUSTRY_FRAMING)) {
                continue; // a bit of the word's classes, where a chain of equals tested every word seven times
            }
            String w = t.get(i).norm();
            String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
            switch (w) {
                case "military-industrial", "defence-industrial", "defense-industrial" -> {
                    return true;
                }
                case "military" -> {
                    if (next.equals("industrial") || INDUSTRY_NOUNS.contains(next)) {
                        return true;
                    }
                }
                case "defence", "defense", "arms", "munitions" -> {
                    if (INDUSTRY_NOUNS.contains(next)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean respectively(List<Token> t) {
        for (Token tok : t) {
            if (tok.is("respectively")) {
                return true;
            }
        }
        return false;
    }
}
