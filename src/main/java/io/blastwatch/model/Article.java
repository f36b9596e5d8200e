package io.blastwatch.model;

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
