package io.blastwatch.extract;

import java.time.LocalDate;

import io.blastwatch.model.DateBasis;

/**
 * The "today" of an article, against which yearless and relative dates resolve, and how it was found:
 * PUBLICATION, INFERRED from the article's own dates, or GUESSED from the ingestion time.
 */
public record ReferenceDate(LocalDate date, DateBasis basis) {
}
