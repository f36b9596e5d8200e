package io.blastwatch.evaluate;

/**
 * The figures of one part of the corpus (corpus/README.md and the scoring rules in {@link Scorer}).
 *
 * @param duplicates          extra records: a real incident found as three records adds two
 * @param wrongMerges         found incidents that joined reports of two or more real incidents
 * @param datedAfterArticle   found incidents dated after every article that reports them
 * @param yearsLeftUnknown    exact dates among {@code datesExact} that are right in day and month and leave the year
 *                            unknown because none of the part's articles gives it
 */
public record Figures(int articles, int realIncidents, int foundIncidents, int realCounted, int foundCounted,
                      Ratio countedPrecision, Ratio countedRecall, double countedF1, Ratio anyKindRecall,
                      int duplicates, int wrongMerges, int phantoms, Ratio datesExact, Ratio placesExact,
                      int wrongCountry, Ratio kindAccuracy, Ratio militaryIndustrialAccuracy,
                      Ratio unexplainedAccuracy, Ratio outletCountsExact, Ratio rollingCountsExact,
                      int datedAfterArticle, int yearsLeftUnknown) {
}
