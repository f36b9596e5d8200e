package io.blastwatch.extract;

/**
 * One place-like element of a sentence: a settlement, a region or a facility (a facility may carry a settlement in
 * its name, "the Chelyabinsk tank plant").
 *
 * @param fromFacilityName the settlement was read from a facility's name rather than stated as a location
 * @param site             the site of the knowledge base the facility links to, or null; it fixes the place
 * @param vicinity         the settlement is a large city the text places the incident near ("a plant near Ryazan"):
 *                         its surroundings, up to a hundred kilometres out, rather than the city itself
 */
record Location(Settlement settlement, Region region, String country, FacilityMatch facility, int start, int end,
                int firstToken, int endToken, boolean fromFacilityName, Sites.Site site, boolean vicinity) {

    Location(Settlement settlement, Region region, String country, FacilityMatch facility, int start, int end,
             int firstToken, int endToken, boolean fromFacilityName) {
        this(settlement, region, country, facility, start, end, firstToken, endToken, fromFacilityName, null, false);
    }

    /** A facility linked to a site: the site's own place, whatever the text says around it. */
    static Location of(Sites.Site site, FacilityMatch facility) {
        return new Location(site.place(), site.placeRegion(), site.country(), facility, facility.start(),
                facility.end(), facility.firstToken(), facility.endToken(), false, site, false);
    }

    boolean hasPlace() {
        return settlement != null || region != null;
    }
}
