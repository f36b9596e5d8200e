package io.blastwatch.extract;

/**
 * A sentence of an article, located by its offsets in the article text.
 *
 * @param block the paragraph it belongs to; a list that a line ending in a colon introduces shares that line's block
 */
public record Sentence(int index, int block, int start, int end, String text) {
}
