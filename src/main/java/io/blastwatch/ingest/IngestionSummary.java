package io.blastwatch.ingest;

import java.util.List;

/**
 * What an ingestion did.
 *
 * @param read       articles found, valid or not
 * @param published  articles Kafka acknowledged
 * @param rejections inputs refused, with reasons (the first thousand; {@code rejected} counts them all)
 */
public record IngestionSummary(int read, int published, int rejected, List<Rejection> rejections) {
    public IngestionSummary {
        rejections = List.copyOf(rejections);
    }
}
