package io.blastwatch.model;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A news article as it travels on {@code articles-raw}.
 *
 * @param id            stable identifier; ingestion derives one from the url or the content when none is given
 * @param url           where the article was published, or null
 * @param outlet        publisher name or domain
 * @param title         headline, or null
 * @param published     publication time as {@code 2024-02-09} or {@code 2024-02-09T14:05:00Z}, or null
 * @param publishedFrom where {@code published} came from
 * @param language      ISO 639-1 code
 * @param text          the article body
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Article(String id, String url, String outlet, String title, String published,
                      PublicationSource publishedFrom, String language, String text) {

    /** Article ids longer than this are refused: an id travels in every mention, source and key. */
    public static final int MAX_ID_CHARS = 256;

    /**
     * The first field that is longer than its limit, as a reason for a person. The fields that travel with every
     * mention and incident have limits so that no article can make a record the broker refuses; the text has its
     * own, configurable limit.
     */
    public Optional<String> oversizedField() {
        return Stream.of(tooLong("id", id, MAX_ID_CHARS), tooLong("url", url, 2048), tooLong("outlet", outlet, 256),
                        tooLong("title", title, 1024), tooLong("published", published, 64),
                        tooLong("language", language, 35))
                .filter(Objects::nonNull).findFirst();
    }

    private static String tooLong(String field, String value, int limit) {
        return value == null || value.length() <= limit ? null
                : "\"" + field + "\" too long: " + value.length() + " characters (limit " + limit + ")";
    }

    public Article withId(String newId) {
        return new Article(newId, url, outlet, title, published, publishedFrom, language, text);
    }

    public Article withPublished(String newPublished, PublicationSource source) {
        return new Article(id, url, outlet, title, newPublished, source, language, text);
    }

    public Article withOutlet(String newOutlet) {
        return new Article(id, url, newOutlet, title, published, publishedFrom, language, text);
    }
}
