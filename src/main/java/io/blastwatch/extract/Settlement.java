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
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    public double distanceKm(Settlement other) {
        return distanceKm(other.latitude, other.longitude);
    }
}
