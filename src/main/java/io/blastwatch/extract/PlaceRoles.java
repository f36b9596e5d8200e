package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the places where something happened from the places a sentence names for another reason: the city of a
 * dateline ("MOSCOW, June 20 (TASS) -", "KYIV, Ukraine (AP) -"), a capital that speaks for its government ("Moscow
 * said", "Kyiv denied"), a time zone ("13:25 Moscow time"), a point distances are measured from ("270 kilometres
 * southeast of Moscow"). It also reads "the region of Sverdlovsk" as the region,
 * not the city once called Sverdlovsk.
 */
final class PlaceRoles {

    private static final LanguageResource WORDS = LanguageResource.load("en", "places.txt");
    private static final Set<String> SPEECH_VERBS = WORDS.words("speech-verbs");
    private static final Set<String> SPEECH_AUXILIARIES = WORDS.words("speech-auxiliaries");
    private static final Set<String> OWNER_LINKS = WORDS.words("owner-links");
    private static final Set<String> DESTINATION_VERBS = WORDS.words("destination-verbs");
    /** "were taken to the regional hospital in Vinnytsya": the verb stands this far before the place at most. */
    private static final int DESTINATION_REACH = 10;
    /** "a unit of the Uralvagonzavod (UVZ) corporation": the link stands this many words before the name at most. */
    private static final int OWNER_REACH = 6;
    /** "Kyiv did not immediately comment": the verb stands this many words after the place at most. */
    private static final int SPEECH_REACH = 4;
    private static final Set<String> TIME_WORDS = WORDS.words("time-words");
    private static final Set<String> REGION_WORDS = WORDS.words("region-words");
    private static final Set<String> PREPOSITIONS = WORDS.words("place-prepositions");
    private static final Set<String> DISTANCE_UNITS = WORDS.words("distance-units");
    private static final Set<String> REFERENCE_LINKS = WORDS.words("reference-links");
    private static final Set<String> DIRECTIONS = WORDS.words("directions");
    private static final Set<String> OFFICE_WORDS = WORDS.words("office-words");
    private static final Set<String> STATE_WORDS = WORDS.words("state-words");
    private static final Set<String> STATE_ACTIONS = WORDS.words("state-actions");
    private static final Set<String> INTERCEPTION_WORDS = WORDS.words("interception-words");
    private static final Set<String> SOURCE_WORDS = WORDS.words("source-words");
    private static final Set<String> SOURCE_MODIFIERS = WORDS.words("source-modifiers");
    /** GeoNames' feature code of a country's capital. */
    private static final String CAPITAL = "PPLC";
    private static final int STATE_REACH = 3;
    private static final int OFFICE_REACH = 3;
    /** "270 kilometres (167 miles) southeast of Moscow": the unit stands this far before the place at most. */
    private static final int DISTANCE_REACH = 8;
    /** A dateline's agency closes within this many tokens of its start: "KYIV, Ukraine (AP) -". */
    private static final int AGENCY_REACH = 7;

    private PlaceRoles() {
    }

    static List<PlaceMatch> incidentPlaces(List<Token> tokens, List<PlaceMatch> places, List<DateExpression> dates,
                                           Gazetteer gazetteer) {
        int datelineEnd = datelineEnd(tokens, dates);
        List<PlaceMatch> kept = new ArrayList<>(places.size());
        for (PlaceMatch p : places) {
            if (p.endToken() <= datelineEnd || p.kind() != PlaceMatch.Kind.COUNTRY
                    && (speaks(tokens, p) || tellsTime(tokens, p) || measuredFrom(tokens, p) || standsForState(tokens, p)
                    || interceptedOver(tokens, p) || destination(tokens, p) || homeOfSource(tokens, p))) {
                continue;
            }
            if (p.kind() == PlaceMatch.Kind.SETTLEMENT && office(tokens, p)) {
                jurisdiction(p, gazetteer).ifPresent(kept::add);
                continue;
            }
            kept.add(regionOf(tokens, p, gazetteer).orElse(p));
        }
        return kept;
    }

    /** The token after a dateline's place and date, or 0 when the sentence opens with no dateline. */
    private static int datelineEnd(List<Token> tokens, List<DateExpression> dates) {
        DateExpression dated = Datelines.dateline(tokens, dates);
        if (dated != null) {
            return SentenceReader.firstTokenAt(tokens, dated.start());
        }
        // "KYIV, Ukraine (AP) -": a capitalised city, an agency in brackets and a dash, no date.
        if (tokens.size() < 4 || !allCaps(tokens.get(0))) {
            return 0;
        }
        // "MOSCOW — An explosion ...", "KYIV, Ukraine — Drones ...": a city in capitals and a dash, no agency.
        for (int k = 1; k < Math.min(tokens.size() - 1, AGENCY_REACH); k++) {
            Token t = tokens.get(k);
            if (dash(t)) {
                return k;
            }
            if (!t.is(",") && !t.capitalized()) {
                break;
            }
        }
        for (int k = 1; k < Math.min(tokens.size() - 2, AGENCY_REACH); k++) {
            if (tokens.get(k).is("(") && tokens.get(k + 1).capitalized()) {
                for (int j = k + 2; j < Math.min(tokens.size() - 1, k + 5); j++) {
                    if (tokens.get(j).is(")") && dash(tokens.get(j + 1))) {
                        return j;
                    }
                }
            }
        }
        return 0;
    }

    /**
     * "Taken to the Vinnytsya Central Hospital", "housed in three schools in Vinnytsya", "evacuated to Kharkiv": a
     * place people were brought to after the incident. "Evacuated from Kalynivka" names where it happened, so the
     * verb must be followed by "to" or "in" before the place, within the clause.
     */
    private static boolean destination(List<Token> tokens, PlaceMatch p) {
        boolean linked = false;
        for (int k = p.firstToken() - 1; k >= Math.max(0, p.firstToken() - DESTINATION_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(";") || t.is(".") || t.is("from") || t.is("after") || t.is("near")) {
                return false;
            }
            if (t.is("to") || t.is("in")) {
                linked = true;
            } else if (linked && DESTINATION_VERBS.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Omsktransmash plant, a unit of the Uralvagonzavod corporation", "a subsidiary of Rostec", "operated by
     * Roscosmos": a name after an owner link is the owner, whose own site is not where things happened.
     */
    static boolean owner(List<Token> tokens, int first) {
        for (int k = first - 1; k >= Math.max(1, first - OWNER_REACH); k--) {
            String w = tokens.get(k).norm();
            if ((w.equals("of") || w.equals("by")) && OWNER_LINKS.contains(tokens.get(k - 1).norm())) {
                return true;
            }
            boolean bracket = tokens.get(k).is("(") || tokens.get(k).is(")");
            if (!bracket && !w.equals("the") && !w.equals("a") && !w.equals("an") && !tokens.get(k).capitalized()) {
                return false;
            }
        }
        return false;
    }

    /** "Moscow said", not "officials in Bashkortostan said": the place is the subject, not inside a phrase. */
    private static boolean speaks(List<Token> tokens, PlaceMatch p) {
        boolean subject = p.firstToken() == 0 || !PREPOSITIONS.contains(tokens.get(p.firstToken() - 1).norm());
        if (!subject) {
            return false;
        }
        for (int k = p.endToken(); k < Math.min(tokens.size(), p.endToken() + SPEECH_REACH); k++) {
            String w = tokens.get(k).norm();
            if (SPEECH_VERBS.contains(w)) {
                return true;
            }
            if (!SPEECH_AUXILIARIES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The region a city's office governs: "Tambov's regional governor" speaks for Tambov Oblast, where the incident
     * may be, not for the city itself. The largest place of the name is the one meant.
     */
    private static Optional<PlaceMatch> jurisdiction(PlaceMatch p, Gazetteer gazetteer) {
        return p.settlements().stream().map(PlaceMatch.NamedSettlement::settlement)
                .max(java.util.Comparator.comparingLong(Settlement::population))
                .flatMap(city -> gazetteer.region(city.regionCode()))
                .map(r -> new PlaceMatch(p.firstToken(), p.endToken(), p.start(), p.end(), p.text(),
                        PlaceMatch.Kind.REGION, List.of(), r, r.country()));
    }

    /** "Tambov's regional governor", "Kursk's mayor": the place of an office that speaks, not of the incident. */
    private static boolean office(List<Token> tokens, PlaceMatch p) {
        int k = p.endToken();
        if (k >= tokens.size() || !tokens.get(k).norm().equals("'s")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + OFFICE_REACH); j++) {
            if (OFFICE_WORDS.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Moscow's war effort", "Kyiv's forces": a capital's possessive before a word of statecraft names its state, not
     * the city. "Moscow's suburbs" is still the city.
     */
    private static boolean standsForState(List<Token> tokens, PlaceMatch p) {
        int k = p.endToken();
        if (p.kind() != PlaceMatch.Kind.SETTLEMENT || k >= tokens.size()
                || p.settlements().stream().noneMatch(n -> CAPITAL.equals(n.settlement().feature()))) {
            return false;
        }
        if (STATE_ACTIONS.contains(tokens.get(k).norm())) {
            return true; // "as Kyiv ups its attacks", "Moscow retaliated": the state acts, nothing happens there
        }
        if (!tokens.get(k).norm().equals("'s")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + STATE_REACH); j++) {
            if (STATE_WORDS.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "Sources of Rostov media said", "Kursk-based outlets": the place where a source sits, not an incident's. */
    private static boolean homeOfSource(List<Token> tokens, PlaceMatch p) {
        int k = p.endToken();
        if (k < tokens.size() && SOURCE_MODIFIERS.contains(tokens.get(k).norm())) {
            k++;
        }
        return k < tokens.size() && SOURCE_WORDS.contains(tokens.get(k).norm());
    }

    /** "13:25 Moscow time", "4 pm Moscow (1 pm GMT) time": a bracket between the place and its time word is skipped. */
    private static boolean tellsTime(List<Token> tokens, PlaceMatch p) {
        int k = p.endToken();
        if (k < tokens.size() && tokens.get(k).is("(")) {
            int close = k + 1;
            while (close < tokens.size() && close <= k + BRACKET_REACH && !tokens.get(close).is(")")) {
                close++;
            }
            k = close + 1;
        }
        return k < tokens.size() && TIME_WORDS.contains(tokens.get(k).norm());
    }

    /** How far a bracket after a place may run: "(1 pm GMT)". */
    private static final int BRACKET_REACH = 6;

    /**
     * "43 drones were destroyed over the Kursk region, 27 over Lipetsk": after "over", in a sentence of air defence,
     * the place where drones or missiles were met, not one that was hit.
     */
    private static boolean interceptedOver(List<Token> tokens, PlaceMatch p) {
        int k = p.firstToken() - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        if (k < 0 || !tokens.get(k).is("over")) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (INTERCEPTION_WORDS.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "about 270 kilometres southeast of Moscow", "70 km outside Moscow", "the Ryazan region southeast of Moscow": a
     * point distances or directions are measured from.
     */
    private static boolean measuredFrom(List<Token> tokens, PlaceMatch p) {
        int k = p.firstToken() - 1;
        if (k < 0 || !REFERENCE_LINKS.contains(tokens.get(k).norm())) {
            return false;
        }
        if (tokens.get(k).is("of") && k >= 1 && DIRECTIONS.contains(tokens.get(k - 1).norm())
                && (k < 2 || !tokens.get(k - 2).is("the"))) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(0, k - DISTANCE_REACH); j--) {
            if (DISTANCE_UNITS.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "the region of Sverdlovsk", "Oblast of Kharkiv": the region, whatever city bears or bore the name. */
    private static Optional<PlaceMatch> regionOf(List<Token> tokens, PlaceMatch p, Gazetteer gazetteer) {
        int k = p.firstToken();
        if (p.kind() != PlaceMatch.Kind.SETTLEMENT || k < 2 || !tokens.get(k - 1).is("of")
                || !REGION_WORDS.contains(tokens.get(k - 2).norm())) {
            return Optional.empty();
        }
        String word = tokens.get(k - 2).norm();
        return gazetteer.regionNamed(p.text() + " " + word)
                .or(() -> gazetteer.regionNamed(p.text() + " region"))
                .map(r -> new PlaceMatch(k - 2, p.endToken(), tokens.get(k - 2).start(), p.end(),
                        tokens.get(k - 2).text() + " of " + p.text(), PlaceMatch.Kind.REGION, List.of(), r,
                        r.country()));
    }

    static boolean allCaps(Token t) {
        String text = t.text();
        if (!t.word() || text.length() <= 1) {
            return false;
        }
        // ASCII, nearly every word, without a copy in capitals or a stream; other letters (such as "ß", which is
        // "SS" in capitals) are left to the full rules.
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            letter |= c >= 'A' && c <= 'Z';
        }
        return letter;
    }

    private static boolean dash(Token t) {
        return t.is("-") || t.text().equals("\u2014") || t.text().equals("\u2013");
    }
}
