package io.blastwatch.extract;

import java.util.List;

import io.blastwatch.model.IncidentMention;

/**
 * What the extractor found in one article.
 *
 * @param reference the date yearless and relative dates were resolved against, and where it came from
 * @param notes     what was left out and why: noise lines, impossible dates, incidents without place or date
 */
public record Extraction(List<IncidentMention> mentions, ReferenceDate reference, List<String> notes) {
    public Extraction {
        mentions = List.copyOf(mentions);
        notes = List.copyOf(notes);
    }
}
