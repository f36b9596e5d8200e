package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Locations that describe one site together: "the Kamensky chemical plant in Rostov", "near Izhevsk in the Udmurt
 * Republic". Immutable; what the extractor asks of a group (its site, facility, settlement, region) is worked out
 * once when it is made, since the context rules ask it of every group for every incident sentence.
 */
final class LocationGroup {

    /** How far from a site's town a settlement the text states may lie and still be where the site's incident was. */
    static final double SITE_NEARBY_KM = 60;

    private final List<Location> parts;
    private final Sites.Site site;
    private final FacilityMatch facility;
    private final Settlement textSettlement;
    private final Settlement statedSettlement;
    private final Settlement settlement;
    private final Region statedRegion;

    LocationGroup(List<Location> parts) {
        this.parts = List.copyOf(parts);
        this.site = firstSite(this.parts);
        this.facility = bestFacility(this.parts, site);
        this.textSettlement = firstTextSettlement(this.parts);
        this.statedSettlement = site != null ? sitePlace(site, this.parts) : textSettlement;
        this.settlement = statedSettlement != null ? statedSettlement : anySettlement(this.parts);
        this.statedRegion = site != null ? site.placeRegion() : firstRegion(this.parts);
    }

    List<Location> parts() {
        return parts;
    }

    /** The site of the knowledge base the group names, or null. */
    Sites.Site site() {
        return site;
    }

    int start() {
        return parts.get(0).start();
    }

    int end() {
        return parts.get(parts.size() - 1).end();
    }

    int firstToken() {
        return parts.get(0).firstToken();
    }

    int endToken() {
        return parts.get(parts.size() - 1).endToken();
    }

    /**
     * The settlement: a linked site's place first, then the stated one; one read from a facility name only when
     * nothing else is stated.
     */
    Settlement settlement() {
        return settlement;
    }

    /** A settlement the text gives as a location (or a linked site's place), not one read from a facility's name. */
    Settlement statedSettlement() {
        return statedSettlement;
    }

    /** A settlement the text itself states in the group, not a site's town nor one read from a facility name. */
    Settlement textSettlement() {
        return textSettlement;
    }

    Region statedRegion() {
        return statedRegion;
    }

    /** The facility that says most: a linked site's first, then a named one, then one whose use is known. */
    FacilityMatch facility() {
        return facility;
    }

    boolean anyMilitaryFacility() {
        return parts.stream().anyMatch(l -> l.facility() != null && l.facility().use() == FacilityMatch.Use.MILITARY);
    }

    boolean anyCivilianFacility() {
        return parts.stream().anyMatch(l -> l.facility() != null && l.facility().use() == FacilityMatch.Use.CIVILIAN);
    }

    boolean hasPlace() {
        for (Location l : parts) { // a loop, not a stream: asked of every group many times over
            if (l.hasPlace()) {
                return true;
            }
        }
        return false;
    }

    boolean facilityOnly() {
        return !hasPlace() && facility() != null;
    }

    LocationGroup plus(LocationGroup other) {
        List<Location> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new LocationGroup(all);
    }

    private static Sites.Site firstSite(List<Location> parts) {
        for (Location l : parts) {
            if (l.site() != null) {
                return l.site();
            }
        }
        return null;
    }

    private static FacilityMatch bestFacility(List<Location> parts, Sites.Site site) {
        FacilityMatch best = null;
        for (Location l : parts) {
            FacilityMatch f = l.facility();
            if (site != null && l.site() != null) {
                return f;
            }
            if (f != null && (best == null || rank(f) > rank(best))) {
                best = f;
            }
        }
        return best;
    }

    private static int rank(FacilityMatch f) {
        return (f.named() ? 2 : 0) + (f.use() != FacilityMatch.Use.UNKNOWN ? 1 : 0);
    }

    private static Settlement firstTextSettlement(List<Location> parts) {
        for (Location l : parts) {
            if (l.site() == null && l.settlement() != null && !l.fromFacilityName()) {
                return l.settlement();
            }
        }
        return null;
    }

    private static Settlement anySettlement(List<Location> parts) {
        for (Location l : parts) {
            if (l.settlement() != null) {
                return l.settlement();
            }
        }
        return null;
    }

    private static Region firstRegion(List<Location> parts) {
        for (Location l : parts) {
            if (l.region() != null) {
                return l.region();
            }
        }
        return null;
    }

    /**
     * Where an incident at a linked site happened: a settlement the text states next to it, when that lies near the
     * site's town (a plant's test ground by another village: "the Votkinsk plant near Izhevsk"); else the site's town,
     * whatever a distant settlement the text names (an outlet's mistake). A city larger than the site's town and close
     * to it is how outlets locate the site ("the chemical plant near Bryansk" is in Seltso, 20 km away): the site's
     * town is the more exact place.
     */
    private static Settlement sitePlace(Sites.Site site, List<Location> parts) {
        for (Location l : parts) {
            if (l.site() == null && l.settlement() != null && !l.fromFacilityName()) {
                double km = l.settlement().distanceKm(site.place());
                boolean landmarkCity = km <= LANDMARK_CITY_KM && l.settlement().population() >= LANDMARK_CITY_POPULATION
                        && l.settlement().population() > site.place().population();
                if (km <= SITE_NEARBY_KM && !landmarkCity) {
                    return l.settlement();
                }
            }
        }
        return site.place();
    }

    /** How near a larger city must be to a site's town to be the landmark outlets locate the site by. */
    private static final double LANDMARK_CITY_KM = 40;
    /** A landmark is a city readers know; a village named next to a site is where it happened. */
    private static final long LANDMARK_CITY_POPULATION = 100_000;
}
