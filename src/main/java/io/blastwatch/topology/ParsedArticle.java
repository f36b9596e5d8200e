package io.blastwatch.topology;

import io.blastwatch.model.Article;
import io.blastwatch.model.DeadLetter;

/** An article read from {@code articles-raw}: either the article, or the dead letter that says why not. */
record ParsedArticle(Article article, DeadLetter deadLetter) {

    boolean rejected() {
        return deadLetter != null;
    }
}
