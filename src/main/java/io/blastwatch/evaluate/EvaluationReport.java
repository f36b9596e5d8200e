package io.blastwatch.evaluate;

import java.util.List;

/**
 * What {@code evaluate} found: the corpus it read, the articles it had to leave out, and each part's score,
 * the held-out part first.
 *
 * @param missingTexts articles of the gold file whose text is not in the texts folder; they are left out
 */
public record EvaluationReport(String gold, String texts, int articles, List<String> missingTexts,
                               List<SplitScore> splits) {
}
