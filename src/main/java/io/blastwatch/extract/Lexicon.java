package io.blastwatch.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word classes of {@link Vocabulary} as bits: each token is classified once when it is made, so the many
 * questions the extractor asks of every word ("is it an explosion word? a negation? a facility?") are bit tests
 * rather than a dozen hash lookups each.
 */
final class Lexicon {

    static final int EXPLOSION = 1;
    static final int FIRE = 1 << 1;
    static final int SHELLING = 1 << 2;
    static final int DRONE = 1 << 3;
    static final int MISSILE = 1 << 4;
    static final int STRIKE = 1 << 5;
    static final int AIRSTRIKE = 1 << 6;
    static final int SABOTAGE = 1 << 7;
    static final int NEGATION = 1 << 8;
    static final int HEDGE = 1 << 9;
    static final int FACILITY_HEAD = 1 << 10;
    static final int MILITARY = 1 << 11;
    static final int CIVILIAN = 1 << 12;
    static final int GENERIC_FACILITY = 1 << 13;
    static final int NATIONALITY = 1 << 14;
    static final int BACKGROUND = 1 << 15;
    static final int ANAPHOR = 1 << 16;
    static final int ATTRIBUTION = 1 << 17;
    static final int WEAK_INCIDENT = 1 << 18;
    static final int PRODUCT = 1 << 19;
    static final int PRODUCTION = 1 << 20;
    static final int ATTACK_LINK = 1 << 21;
    static final int CAUSE_OPENER = 1 << 22;
    static final int EXPLANATION = 1 << 23;
    static final int WEAPON_AS_PRODUCT = 1 << 24;
    /** Words that can start a date expression other than a number: months, weekdays, "yesterday", "late"... */
    static final int DATE_WORD = 1 << 25;

    /** Words that name a country of the gazetteer, one bit for each. */
    static final int RUSSIA = 1 << 26;
    static final int UKRAINE = 1 << 27;
    static final int BELARUS = 1 << 28;
    /** Words that start a phrase of military industry ({@link Vocabulary#INDUSTRY_FRAMING_WORDS}). */
    static final int INDUSTRY_FRAMING = 1 << 29;

    /** Words that name an incident or the attack behind one. */
    static final int TRIGGER = EXPLOSION | FIRE | SHELLING | STRIKE | AIRSTRIKE;

    /** Named missiles and drones: data, apart from the code, like every list of words that grows with the news. */
    private static final LanguageResource WEAPONS = LanguageResource.load("en", "weapons.txt");

    private static final Map<String, Integer> CLASSES = build();

    private Lexicon() {
    }

    static int classify(String norm) {
        return CLASSES.getOrDefault(norm, 0);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> classes = new HashMap<>();
        add(classes, Vocabulary.EXPLOSION_WORDS, EXPLOSION);
        add(classes, Vocabulary.FIRE_WORDS, FIRE);
        add(classes, Vocabulary.SHELLING_WORDS, SHELLING);
        add(classes, Vocabulary.DRONE_WORDS, DRONE);
        add(classes, Vocabulary.MISSILE_WORDS, MISSILE);
        add(classes, WEAPONS.words("missiles"), MISSILE);
        add(classes, WEAPONS.words("drones"), DRONE);
        add(classes, Vocabulary.STRIKE_WORDS, STRIKE);
        add(classes, Vocabulary.AIRSTRIKE_WORDS, AIRSTRIKE);
        add(classes, Vocabulary.SABOTAGE_WORDS, SABOTAGE);
        add(classes, Vocabulary.NEGATIONS, NEGATION);
        add(classes, Vocabulary.HEDGES, HEDGE);
        add(classes, Vocabulary.FACILITY_HEADS, FACILITY_HEAD);
        add(classes, Vocabulary.MILITARY_WORDS, MILITARY);
        add(classes, Vocabulary.CIVILIAN_WORDS, CIVILIAN);
        add(classes, Vocabulary.GENERIC_FACILITY_WORDS, GENERIC_FACILITY);
        add(classes, Vocabulary.NATIONALITIES, NATIONALITY);
        add(classes, Vocabulary.BACKGROUND_WORDS, BACKGROUND);
        add(classes, Vocabulary.ANAPHORS, ANAPHOR);
        add(classes, Vocabulary.ATTRIBUTION_WORDS, ATTRIBUTION);
        add(classes, Vocabulary.WEAK_INCIDENT_WORDS, WEAK_INCIDENT);
        add(classes, Vocabulary.PRODUCT_WORDS, PRODUCT);
        add(classes, Vocabulary.PRODUCTION_WORDS, PRODUCTION);
        add(classes, Vocabulary.ATTACK_LINKS, ATTACK_LINK);
        add(classes, Vocabulary.CAUSE_OPENERS, CAUSE_OPENER);
        add(classes, Vocabulary.EXPLANATION_WORDS, EXPLANATION);
        add(classes, Vocabulary.WEAPON_AS_PRODUCT, WEAPON_AS_PRODUCT);
        add(classes, DateFinder.startWords(), DATE_WORD);
        add(classes, Vocabulary.RUSSIA_WORDS, RUSSIA);
        add(classes, Vocabulary.UKRAINE_WORDS, UKRAINE);
        add(classes, Vocabulary.BELARUS_WORDS, BELARUS);
        add(classes, Vocabulary.INDUSTRY_FRAMING_WORDS, INDUSTRY_FRAMING);
        return Words.copyOf(classes);
    }

    private static void add(Map<String, Integer> classes, Set<String> words, int bit) {
        for (String w : words) {
            classes.merge(w, bit, (a, b) -> a | b);
        }
    }
}
