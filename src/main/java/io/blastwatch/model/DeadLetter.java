package io.blastwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A record the pipeline could not process, with what an operator needs to find and fix it.
 *
 * @param value         the original value, as text when it was valid UTF-8, else base64 ({@code valueEncoding})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadLetter(String reason, String stage, String sourceTopic, int partition, long offset, String key,
                         String value, String valueEncoding, long timestamp) {
}
