package io.blastwatch.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures and the errors of one part of the corpus.
 *
 * @param errorCounts errors per kind, every kind present, in the order of {@link ErrorKind}
 * @param errors      the error lines; empty when they were withheld (the held-out part, unless asked)
 */
public record SplitScore(String name, Figures figures, Map<ErrorKind, Integer> errorCounts,
                         List<EvaluationError> errors) {

    public static SplitScore of(String name, Figures figures, List<EvaluationError> errors) {
        Map<ErrorKind, Integer> counts = new EnumMap<>(ErrorKind.class);
        for (ErrorKind k : ErrorKind.values()) {
            counts.put(k, 0);
        }
        errors.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return new SplitScore(name, figures, counts, List.copyOf(errors));
    }

    /** The same score without the error lines, so that reading a report does not spend the held-out part. */
    public SplitScore withoutErrors() {
        return new SplitScore(name, figures, errorCounts, List.of());
    }
}
