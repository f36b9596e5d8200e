package io.blastwatch.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures and the errors of one part of the corpus.
 *
 * @param errorCounts errors per kind, every kind present, in the order of {@link ErrorKind}
 * @param classCounts errors per kind and class ("DATE: a day off"), for the kinds that have classes; kept with
 *                    the held-out part's withheld lines, as a figure says no more than a count
 * @param errors      the error lines; empty when they were withheld (the held-out part, unless asked)
 */
public record SplitScore(String name, Figures figures, Map<ErrorKind, Integer> errorCounts,
                         Map<String, Integer> classCounts, List<EvaluationError> errors) {

    public static SplitScore of(String name, Figures figures, List<EvaluationError> errors) {
        Map<ErrorKind, Integer> counts = new EnumMap<>(ErrorKind.class);
        for (ErrorKind k : ErrorKind.values()) {
            counts.put(k, 0);
        }
        errors.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        Map<String, Integer> classes = new TreeMap<>();
        errors.stream().filter(e -> e.errorClass() != null)
                .forEach(e -> classes.merge(classKey(e.kind(), e.errorClass()), 1, Integer::sum));
        return new SplitScore(name, figures, counts, classes, List.copyOf(errors));
    }

    /** The key of a class in {@link #classCounts}: the kind's name and the class. */
    public static String classKey(ErrorKind kind, String errorClass) {
        return kind.name() + ": " + errorClass;
    }

    /** The same score without the error lines, so that reading a report does not spend the held-out part. */
    public SplitScore withoutErrors() {
        return new SplitScore(name, figures, errorCounts, classCounts, List.of());
    }
}
