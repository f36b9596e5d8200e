package io.blastwatch.extract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the extraction remembers of an article: a hash of its content, to recognise it when it is sent again, and
 * the mentions it produced, to retract those its edited version no longer makes.
 *
 * @param recordTime the article's record time (its publication time), by which the digest expires
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDigest(String contentHash, List<MentionRef> mentions, long recordTime) {

    public ArticleDigest {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A mention id and the partitioning key it was sent with. */
    public record MentionRef(String mentionId, String blockKey) {
    }
}
