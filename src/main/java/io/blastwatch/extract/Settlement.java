package io.blastwatch.extract;

/** A populated place of the gazetteer (GeoNames cities500 plus a few curated villages). */
public record Settlement(String id, String name, String country, String regionCode, double latitude, double longitude,
                         long population, String feature) {

    /** Great-circle distance in kilometres. */
    public double distanceKm(double lat, double lon) {
        double dLat = Math.toRadians(lat - latitude);
        double dLon = Math.toRadians(lon - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    public double distanceKm(Settlement other) {
        return distanceKm(other.latitude, other.longitude);
    }

    /**
     * Whether the other settlement is at most {@code km} away. Two places are at least as far apart as their
     * difference in latitude alone, so most pairs (in other regions) are told apart without the trigonometry that made
     * distances a hundredth of extraction; the margin keeps rounding on the side of the full computation.
     */
    public boolean within(Settlement other, double km) {
        if (EARTH_RADIUS_KM * Math.toRadians(Math.abs(other.latitude - latitude)) > km + ROUNDING_MARGIN_KM) {
            return false;
        }
        return distanceKm(other) <= km;
    }

    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final double ROUNDING_MARGIN_KM = 1e-6;
}
