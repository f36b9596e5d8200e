package io.blastwatch.extract;

/**
 * One place-like element of a sentence: a settlement, a region or a facility (a facility may carry a settlement in
 * its name, "the Chelyabinsk tank plant").
 *
 * @param fromFacilityName the settlement was read from a facility's name rather than stated as a location
 */
record Location(Settlement settlement, Region region, String country, FacilityMatch facility, int start, int end,
                int firstToken, int endToken, boolean fromFacilityName) {

    boolean hasPlace() {
        return settlement != null || region != null;
    }
}
