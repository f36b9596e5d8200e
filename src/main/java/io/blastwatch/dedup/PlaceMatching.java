package io.blastwatch.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import io.blastwatch.model.IncidentMention;

/**
 * How surely two mentions of one region name the same site, tolerant of spelling: the extractor has already turned
 * "Rostov" and "Rostov-on-Don", "Udmurtia" and "the Udmurt Republic" into the same gazetteer entries.
 */
final class PlaceMatching {

    static final int INCOMPATIBLE = -1;
    static final int SAME_REGION = 1;
    static final int SAME_SETTLEMENT = 2;
    static final int SAME_FACILITY = 3;
    /** Settlements closer than this are one site: "near the village of Yagul" and "near Izhevsk". */
    static final double NEAR_KM = 40;

    private PlaceMatching() {
    }

    /** Everything {@link #score} reads of a mention: mentions with equal sites score alike against any other. */
    record Site(boolean facilityNamed, String facilityKey, String facilitySettlementId, String settlementId,
                boolean settlementStated, Double latitude, Double longitude) {
        static Site of(IncidentMention m) {
            return new Site(m.facilityNamed(), m.facilityKey(), m.facilitySettlementId(), m.settlementId(),
                    m.settlementStated(), m.latitude(), m.longitude());
        }
    }

    static int score(IncidentMention a, IncidentMention b) {
        if (a.facilityNamed() && b.facilityNamed() && a.facilityKey() != null && b.facilityKey() != null) {
            if (!disjoint(a.facilityKey(), b.facilityKey())) {
                return SAME_FACILITY;
            }
        }
        if (a.facilitySettlementId() != null && a.facilitySettlementId().equals(b.facilitySettlementId())) {
            return SAME_FACILITY; // "the Votkinsk plant" and "the Votkinsk Machine Building Plant"
        }
        if (a.settlementId() != null && b.settlementId() != null) {
            if (a.settlementId().equals(b.settlementId())) {
                return SAME_SETTLEMENT;
            }
            if (distanceKm(a, b) <= NEAR_KM) {
                // "The Alabuga zone in Yelabuga" and "the TANECO refinery in Nizhnekamsk", hit the same morning: two
                // towns and two named plants are two sites, however near each other.
                boolean twoNamedPlants = a.facilityNamed() && b.facilityNamed() && a.facilityKey() != null
                        && b.facilityKey() != null && a.settlementStated() && b.settlementStated();
                return twoNamedPlants ? INCOMPATIBLE : SAME_SETTLEMENT;
            }
            // A town read from a plant's name ("the Votkinsk plant") is where the company is, not always the site.
            return a.settlementStated() && b.settlementStated() ? INCOMPATIBLE : SAME_REGION;
        }
        if (a.facilityNamed() && b.facilityNamed() && a.facilityKey() != null && b.facilityKey() != null) {
            return INCOMPATIBLE; // two differently named plants
        }
        return SAME_REGION;
    }

    /**
     * Whether the mention pins a site, rather than only a region: a stated settlement, or a plant with a name of its
     * own. A town read from a plant's name ("the Votkinsk plant") is where the company is, so such a mention joins the
     * incident of its region and day rather than founding one.
     */
    static boolean specific(IncidentMention m) {
        return m.settlementId() != null && m.settlementStated() || m.facilityNamed() && m.facilityKey() != null;
    }

    /**
     * The keys by which an undated report finds the incident it tells of: the knowledge-base sites it names. A town
     * alone is not enough: on the corpus, "the one incident on record in Yelabuga" was too often another one than
     * the page's (its own incident missing from the record), and outlet counts came out worse than with sites only.
     */
    static Set<String> siteKeys(IncidentMention m) {
        Set<String> keys = new java.util.TreeSet<>();
        if (m.facilityKey() != null) {
            for (String word : m.facilityKey().split(" ")) {
                if (word.startsWith(SITE_PREFIX)) {
                    keys.add(word);
                }
            }
        }
        return keys;
    }

    /** How the extractor marks a facility linked to a knowledge-base site in the facility key. */
    private static final String SITE_PREFIX = "site:";
    /** How a settlement's key is told from a site's. */
    private static final String TOWN_PREFIX = "town:";

    /**
     * The key of the settlement a mention places its incident in, or null: an undated report that gives its weekday
     * finds its incident among those of its town too, since the weekday must then agree ({@link #siteKeys} says why a
     * town alone is not enough).
     */
    static String townKey(IncidentMention m) {
        return m.settlementId() == null ? null : TOWN_PREFIX + m.settlementId();
    }

    static boolean isTownKey(String key) {
        return key.startsWith(TOWN_PREFIX);
    }

    /** The keys by which an incident is found: its members' sites and towns. */
    static Set<String> incidentKeys(java.util.Collection<IncidentMention> members) {
        Set<String> keys = new java.util.TreeSet<>();
        for (IncidentMention m : members) {
            keys.addAll(siteKeys(m));
            String town = townKey(m);
            if (town != null) {
                keys.add(town);
            }
        }
        return keys;
    }

    /** The keys under which an undated report waits for its incident: its sites, and its town when it gives a weekday. */
    static Set<String> undatedKeys(IncidentMention m) {
        Set<String> keys = siteKeys(m);
        String town = townKey(m);
        if (town != null && !m.weekdays().isEmpty()) {
            keys.add(town);
        }
        return keys;
    }

    private static boolean disjoint(String a, String b) {
        Set<String> left = new HashSet<>(Arrays.asList(a.split(" ")));
        for (String w : b.split(" ")) {
            if (left.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static double distanceKm(IncidentMention a, IncidentMention b) {
        if (a.latitude() == null || b.latitude() == null || a.longitude() == null || b.longitude() == null) {
            return Double.MAX_VALUE;
        }
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }
}
