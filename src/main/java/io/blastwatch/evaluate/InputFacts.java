package io.blastwatch.evaluate;

import java.util.Set;

/**
 * What the articles of a part say as the pipeline receives them, as opposed to what the annotators know: the scorer
 * holds the pipeline to the first.
 *
 * @param yearsUnsupported real incidents whose year no article of the part gives (no publication date, no year in
 *                         url, title or text)
 * @param datedArticles    articles that come with a date of their own: a publication date, or a date in the url
 */
public record InputFacts(Set<String> yearsUnsupported, Set<String> datedArticles) {

    public static final InputFacts NONE = new InputFacts(Set.of(), Set.of());

    public InputFacts {
        yearsUnsupported = Set.copyOf(yearsUnsupported);
        datedArticles = Set.copyOf(datedArticles);
    }
}
