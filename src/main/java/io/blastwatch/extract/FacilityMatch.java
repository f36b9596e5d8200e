package io.blastwatch.extract;

import java.util.Set;

/**
 * A facility phrase: "the Votkinsk Machine Building Plant", "gunpowder and ammunition factories", "a plant that
 * produces ballistic missiles".
 *
 * @param name     the phrase as written, without leading article
 * @param key      words that tell this facility from another of the same kind (proper names), possibly empty
 * @param named    it carries a proper name rather than only a description
 * @param use      what the phrase says the site is for
 */
public record FacilityMatch(int start, int end, int firstToken, int endToken, String name, Set<String> key,
                            boolean named, Use use) {

    /** What a site is for, as far as its words tell. */
    public enum Use { MILITARY, CIVILIAN, UNKNOWN }
}
