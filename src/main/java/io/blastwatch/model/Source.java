package io.blastwatch.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An article that reported an incident.
 *
 * @param syndicatedCopies article ids of near-identical copies of this article on other sites; they add no outlet
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(String articleId, String outlet, String url, String published, String evidence,
                     String mentionId, List<String> syndicatedCopies) {
    public Source {
        syndicatedCopies = syndicatedCopies == null ? List.of() : List.copyOf(syndicatedCopies);
    }
}
