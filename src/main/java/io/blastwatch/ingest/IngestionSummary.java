package io.blastwatch.ingest;

import java.util.List;

/**
 * What an ingestion did, or has done so far.
 *
 * @param read         articles found, valid or not
 * @param published    articles Kafka acknowledged
 * @param duplicates   articles skipped because an article with the same id came earlier in the same ingestion
 * @param rejected     inputs refused
 * @param rejections   the reasons, for the first thousand refusals
 * @param sourcesDone  files, feeds and streams finished
 * @param sourcesTotal files, feeds and streams to read
 */
public record IngestionSummary(int read, int published, int duplicates, int rejected, List<Rejection> rejections,
                               int sourcesDone, int sourcesTotal) {
    public IngestionSummary {
        rejections = List.copyOf(rejections);
    }
}
