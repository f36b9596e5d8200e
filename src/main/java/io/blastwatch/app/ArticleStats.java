package io.blastwatch.app;

/**
 * What happened to the articles of a run.
 *
 * @param read         articles found in the inputs, valid or not
 * @param published    articles written to {@code articles-raw}
 * @param rejected     articles refused before publishing, each with a reason
 * @param deadLettered records the pipeline set aside in {@code articles-dlq}
 */
public record ArticleStats(int read, int published, int rejected, int deadLettered) {
}
