package io.blastwatch.extract;

import java.util.List;

/**
 * A place name found in a text: a settlement name (with every settlement that bears it, to be told apart by context),
 * a region, or a country.
 */
public record PlaceMatch(int firstToken, int endToken, int start, int end, String text, Kind kind,
                         List<NamedSettlement> settlements, Region region, String country) {

    public enum Kind { SETTLEMENT, REGION, COUNTRY }

    /** A settlement that a name refers to, and whether the name is its primary one rather than an old or foreign form. */
    public record NamedSettlement(Settlement settlement, boolean primary) {
    }
}
