package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Locations that describe one site together: "the Kamensky chemical plant in Rostov", "near Izhevsk in the Udmurt
 * Republic".
 */
record LocationGroup(List<Location> parts) {

    LocationGroup {
        parts = List.copyOf(parts);
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

    /** The stated settlement; one read from a facility name only when nothing else is stated. */
    Settlement settlement() {
        Settlement stated = statedSettlement();
        if (stated != null) {
            return stated;
        }
        for (Location l : parts) {
            if (l.settlement() != null) {
                return l.settlement();
            }
        }
        return null;
    }

    /** A settlement the text gives as a location, not one read from a facility's name. */
    Settlement statedSettlement() {
        for (Location l : parts) {
            if (l.settlement() != null && !l.fromFacilityName()) {
                return l.settlement();
            }
        }
        return null;
    }

    Region statedRegion() {
        for (Location l : parts) {
            if (l.region() != null) {
                return l.region();
            }
        }
        return null;
    }

    /** The facility that says most: a named one first, then one whose use is known. */
    FacilityMatch facility() {
        FacilityMatch best = null;
        for (Location l : parts) {
            FacilityMatch f = l.facility();
            if (f != null && (best == null || rank(f) > rank(best))) {
                best = f;
            }
        }
        return best;
    }

    private static int rank(FacilityMatch f) {
        return (f.named() ? 2 : 0) + (f.use() != FacilityMatch.Use.UNKNOWN ? 1 : 0);
    }

    boolean anyMilitaryFacility() {
        return parts.stream().anyMatch(l -> l.facility() != null && l.facility().use() == FacilityMatch.Use.MILITARY);
    }

    boolean anyCivilianFacility() {
        return parts.stream().anyMatch(l -> l.facility() != null && l.facility().use() == FacilityMatch.Use.CIVILIAN);
    }

    boolean hasPlace() {
        return parts.stream().anyMatch(Location::hasPlace);
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
}
