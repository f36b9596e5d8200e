package io.blastwatch.evaluate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One real article of the corpus: where it was found and which incidents it names. Its text lives apart, in a
 * git-ignored folder, because the sentences are not ours.
 *
 * @param published     the publication date when the text or the url gives it, else null
 * @param publishedFrom where that date came from: date-line, url, text or none
 * @param query         the search that found the page, so that any machine can collect the text again
 * @param type          report, wire, republication, follow-up, roundup, analysis, live-blog or negative
 * @param copyOf        for a republication, the article of the corpus it copies; it adds no outlet
 * @param reports       incidents the article is about
 * @param mentions      incidents it names in passing
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String id, String url, String outlet, String title, LocalDate published,
                          String publishedFrom, String query, String type, String copyOf, List<String> reports,
                          List<String> mentions, String note) {

    public GoldArticle {
        reports = reports == null ? List.of() : List.copyOf(reports);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** Every incident the article names, reported or in passing. */
    public Set<String> named() {
        Set<String> all = new LinkedHashSet<>(reports);
        all.addAll(mentions);
        return all;
    }
}
