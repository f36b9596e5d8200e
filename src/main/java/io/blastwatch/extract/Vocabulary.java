package io.blastwatch.extract;

import java.util.Set;

/** The word lists of the extractor, in one place so that a reviewer can read what it looks for. */
final class Vocabulary {

    private Vocabulary() {
    }

    static final Set<String> EXPLOSION_WORDS = Words.of("explosion", "explosions", "blast", "blasts", "detonation",
            "detonations", "exploded", "explode", "explodes", "exploding", "detonated", "detonate", "detonating",
            "blew", "blown");

    /** Words that name an incident without saying what kind: they report one only beside a stronger word. */
    static final Set<String> WEAK_INCIDENT_WORDS = Words.of("incident", "incidents", "accident", "accidents");

    /** What a military-industrial site makes or holds; unlike weapon words in general, never the means of an attack. */
    static final Set<String> PRODUCT_WORDS = Words.of("gunpowder", "powder", "explosive", "explosives", "ammunition",
            "ammo", "munition", "munitions", "propellant", "tank", "tanks", "armoured", "armored", "weapons", "arsenal", "ordnance", "iskander", "iskanders", "topol", "topol-m", "bulava",
            "warhead", "warheads", "military-industrial", "defence-industrial", "defense-industrial", "tnt",
            "nitrocellulose", "armaments", "armament", "howitzer", "howitzers", "shells", "missile-maker",
            "missile-making", "arms-maker", "arms-makers");

    /** Verbs and nouns of production: "missiles" beside them are made, not fired. */
    static final Set<String> PRODUCTION_WORDS = Words.of("produce", "produces", "produced", "producing", "producer",
            "producers", "make", "makes", "made", "making", "maker", "makers", "build", "builds", "built", "building",
            "builder", "assemble", "assembles", "assembling", "manufacture", "manufactures", "manufacturer",
            "manufacturing", "supplier", "suppliers", "supplies", "plant", "factory", "works", "production", "output",
            // "an institute involved in the development of ballistic missiles": designing a weapon is making it
            "develop", "develops", "developing", "development", "developer", "developers", "designs", "designing",
            "designer", "designers");

    static final Set<String> FIRE_WORDS = Words.of("fire", "fires", "blaze", "blazes", "ablaze", "burned", "burnt",
            "burning", "conflagration", "inferno");

    static final Set<String> SHELLING_WORDS = Words.of("shelling", "shelled", "shells", "bombardment", "bombarded");

    static final Set<String> DRONE_WORDS = Words.of("drone", "drones", "uav", "uavs", "shahed", "shaheds");

    static final Set<String> MISSILE_WORDS = Words.of("missile", "missiles", "rocket", "rockets");

    static final Set<String> STRIKE_WORDS = Words.of("attack", "attacks", "attacked", "strike", "strikes", "struck",
            "hit", "hits", "raid", "raids", "targeted", "targeting", "assault", "downed", "crashed", "launched");

    static final Set<String> AIRSTRIKE_WORDS = Words.of("airstrike", "airstrikes", "bombing", "bombed");

    static final Set<String> SABOTAGE_WORDS = Words.of("sabotage", "saboteurs", "saboteur", "partisans", "partisan",
            "arson", "sabotaged");

    /** Words that make an attack statement a claim or a confirmation. */
    static final Set<String> CLAIM_WORDS = Words.of("claimed", "claims", "claim", "confirmed", "confirms", "responsibility",
            "behind", "carried", "conducted", "said", "says", "reported", "according", "stated", "announced");

    /** Words that deny or question what follows them. */
    static final Set<String> NEGATIONS = Words.of("not", "no", "never", "unlikely", "denied", "denies", "deny",
            "ruled", "rule", "without", "doubt", "doubted", "dismissed", "rather", "nor", "neither", "improbable",
            "n't", "nothing", "none", "false", "refuted", "hard", "difficult", "implausible", "doubtful",
            "questionable", "dismissing", "dismisses", "dismiss", "excluded", "excluding", "excludes", "exclude",
            "rejected", "rejecting", "rejects", "denying", "ruling", "rules");

    /** Words that make a statement a possibility only. */
    static final Set<String> HEDGES = Words.of("might", "may", "could", "possibly", "possible", "perhaps", "maybe",
            "suspected", "suspect", "unconfirmed", "speculated", "speculation", "unclear", "whether", "if", "allegedly");

    /** Facility words: the head of a facility phrase. */
    static final Set<String> FACILITY_HEADS = Words.of("plant", "plants", "factory", "factories", "works", "combine",
            "arsenal", "arsenals", "depot", "depots", "refinery", "refineries", "warehouse", "warehouses", "enterprise",
            "enterprises", "shipyard", "shipyards", "facility", "facilities", "base", "bases", "site", "sites",
            "ground", "range", "complex", "terminal", "port", "substation", "station", "mine", "airfield", "airbase",
            "flat", "flats", "apartment", "apartments", "building", "block", "house", "houses", "home", "shop",
            "store", "market", "mall", "centre", "center", "school", "hospital", "cafe", "restaurant", "pipeline",
            "storage", "zavod", "kombinat", "concern", "bureau", "institute", "yard", "dump");

    /** Words describing what a site makes or holds that mark it military-industrial. */
    static final Set<String> MILITARY_WORDS = Words.of("missile", "missiles", "rocket", "rockets", "gunpowder",
            "powder", "explosive", "explosives", "ammunition", "ammo", "munition", "munitions", "shell", "shells",
            "tank", "tanks", "armoured", "armored", "defence", "defense", "military", "arms", "weapon", "weapons",
            "arsenal", "ordnance", "artillery", "iskander", "iskanders", "topol", "bulava", "warhead", "warheads",
            "propellant", "military-industrial", "defence-industrial", "defense-industrial", "tnt", "nitrocellulose",
            "armaments", "armament", "howitzer", "howitzers", "projectile", "projectiles", "bomb", "bombs", "drones",
            "military-grade", "army", "navy", "aerospace", "gunpowder-making", "pyrotechnic");

    /** Words that mark a site civilian whatever else is said near it. */
    static final Set<String> CIVILIAN_WORDS = Words.of("flat", "flats", "apartment", "apartments", "residential",
            "house", "houses", "home", "homes", "shop", "store", "market", "mall", "shopping", "school", "hospital",
            "cafe", "restaurant", "refinery", "refineries", "oil", "petrol", "gasoline", "port", "pipeline", "bakery",
            "hotel", "church", "kindergarten", "dormitory", "sauna", "garage", "household", "domestic", "boiler");

    /** Descriptive words of facility phrases that do not tell one site from another. */
    static final Set<String> GENERIC_FACILITY_WORDS = Words.of("chemical", "chemicals", "tank", "gunpowder", "powder",
            "ammunition", "missile", "rocket", "machine", "building", "machine-building", "military", "defence",
            "defense", "arms", "explosives", "munitions", "aircraft", "engine", "oil", "fuel", "gas", "artillery",
            "shell", "tractor", "mechanical", "metallurgical", "ordnance", "armoured", "armored", "helicopter",
            "electronics", "optical", "engineering", "research", "test", "testing", "proving", "storage", "state",
            "federal", "russian", "ukrainian", "soviet", "industrial", "military-industrial", "burial", "major", "key",
            "large", "big", "main", "local", "nearby", "secret", "former", "new", "old", "giant", "production",
            "manufacturing", "and", "of", "the", "missile-making", "weapons", "ammo", "power", "railway", "train",
            "nuclear", "plant", "factory", "works", "combine", "ballistic", "special", "scientific", "chemistry");

    /** Words that tell which country an article is about, by the country each names. */
    static final Set<String> RUSSIA_WORDS = Words.of("russia", "russian", "russians", "kremlin", "moscow's");
    static final Set<String> UKRAINE_WORDS = Words.of("ukraine", "ukrainian", "ukrainians", "kyiv's");
    static final Set<String> BELARUS_WORDS = Words.of("belarus", "belarusian");

    /** The first words of a phrase that frames a site as military industry: "defence plant", "military-industrial". */
    static final Set<String> INDUSTRY_FRAMING_WORDS = Words.of("military-industrial", "defence-industrial",
            "defense-industrial", "military", "defence", "defense", "arms", "munitions");

    /** Adjectives of nationality that never make a facility phrase a proper name. */
    static final Set<String> NATIONALITIES = Words.of("russian", "ukrainian", "belarusian", "soviet", "british",
            "american", "western", "european", "kremlin", "pro-kremlin");

    /** Lines that are navigation, promotion or appeals rather than reporting. */
    static final String[] NOISE_PREFIXES = {"read also", "read more", "see also", "also read", "related:",
            "related articles", "related news", "recommended", "more on this", "subscribe", "follow us", "support us",
            "donate", "become a patron", "sign up", "advertisement", "share this", "share on", "photo:", "photo credit",
            "photo by", "image:", "video:", "read the original", "copyright", "\u00a9", "all rights reserved", "tags:",
            "click here", "listen to", "watch:", "more:", "you may also like", "most read", "trending", "newsletter"};

    static final Set<String> APPEAL_WORDS = Words.of("donation", "donate", "donations", "patreon", "patron",
            "subscribe", "subscription", "paywall");

    /** Words that make a sentence about other incidents than the one the article reports. */
    static final Set<String> BACKGROUND_WORDS = Words.of("previous", "earlier", "prior", "preceding", "other", "similar",
            "past", "recent", "another", "first", "second", "third", "fourth", "fifth", "series", "string", "spate",
            "wave", "include", "included", "including");

    /**
     * Verbs that describe what a site makes: "a factory that manufactures engines ..., including nuclear complexes"
     * lists products after them, not earlier incidents.
     */
    static final Set<String> PRODUCT_VERBS = Words.of("produce", "produces", "produced", "producing", "make", "makes",
            "making", "manufacture", "manufactures", "manufactured", "manufacturing", "assemble", "assembles",
            "assembling", "supplies", "supplying", "develops", "developing", "builds");

    /** Definite references back to an incident named before ("the explosion", "the blast"). */
    static final Set<String> ANAPHORS = Words.of("the", "this", "that", "it");

    /** Words that introduce who said something: a date right after them is when it was said, not when it happened. */
    static final Set<String> ATTRIBUTION_WORDS = Words.of("said", "says", "say", "stated", "states", "noted", "notes",
            "added", "wrote", "writes", "told", "announced", "reported", "reports", "report", "review", "assessment",
            "update", "statement", "dated", "published", "tweeted", "briefing", "bulletin", "intelligence",
            "claimed", "commented", "explained", "concluded", "according", "quoted", "quoting", "cited", "citing",
            "posted", "posts", "released", "issued", "emerged", "surfaced");

    /** Words that open a cause: "caused by", "due to", "blamed on". */
    static final Set<String> CAUSE_OPENERS = Words.of("caused", "due", "result", "blamed", "attributed",
            "because", "explained", "linked", "triggered", "sparked", "following", "after", "amid");

    /**
     * Words after which the statement of a cause begins ("it was | a failed test", "blamed | a violation of safety
     * rules"), and words at which it has ended ("a failed test or an outright accident | may never be known").
     */
    static final Set<String> CAUSE_STATEMENT_OPENERS = Words.of("was", "were", "is", "are", "be", "been", "as", "by",
            "blamed", "called", "cited", "named", "suspected", "suggested", "of");
    static final Set<String> CAUSE_STATEMENT_ENDERS = Words.of("may", "might", "will", "would", "could", "can", "was",
            "were", "is", "are", "has", "have", "had", "said", "says", "that", "which", "but", "while", "although",
            "according");

    /** Official and technical explanations: "planned tests", "human error". */
    static final Set<String> EXPLANATION_WORDS = Words.of("testing", "tests", "test", "tested", "error",
            "negligence", "negligent", "violation", "violations", "malfunction", "leak", "short", "accident",
            "accidental", "mishandling", "handling", "careless", "carelessness", "fatigue", "technical");

    /** Verbs and nouns of attacking that make a drone or missile word name an attack. */
    static final Set<String> ATTACK_LINKS = Words.of("involved", "behind", "responsible", "caused", "hit", "struck",
            "attacked", "attack", "attacks", "strike", "strikes", "raid", "targeted", "target", "downed", "crashed",
            "carried", "conducted", "launched", "assault", "shelled", "shelling");

    /** Nouns after a weapon word that make it a product ("missile programme"), not a strike. */
    static final Set<String> WEAPON_AS_PRODUCT = Words.of("programme", "program", "system", "systems",
            "engines", "engine", "components", "test", "tests", "testing", "range", "fuel", "maker", "makers",
            "producer", "producers");
}
