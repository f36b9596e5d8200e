package io.blastwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One thing a feed poller remembers: that an article was published from a feed, or a feed's validators for the
 * next conditional GET.
 *
 * @param at when it was recorded, ISO instant
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedState(String feed, String articleId, String etag, String lastModified, String at) {
}
