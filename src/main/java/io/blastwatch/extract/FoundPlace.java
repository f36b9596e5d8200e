package io.blastwatch.extract;

/**
 * A place name found in a text and what it was resolved to: a settlement (with its region), or a region alone.
 *
 * @param words the name as written
 */
public record FoundPlace(String words, int start, int end, String settlementId, String settlement, String regionCode,
                         String region, String country) {
}
