package io.blastwatch.ingest;

import io.blastwatch.model.Article;

/**
 * One article read from an input, or the reason it could not be.
 *
 * @param origin where it came from, for messages: "examples/a.jsonl:3"
 */
public record ReadResult(String origin, Article article, String rejection) {

    public static ReadResult ok(String origin, Article article) {
        return new ReadResult(origin, article, null);
    }

    public static ReadResult rejected(String origin, String reason) {
        return new ReadResult(origin, null, reason);
    }

    public boolean accepted() {
        return article != null;
    }
}
