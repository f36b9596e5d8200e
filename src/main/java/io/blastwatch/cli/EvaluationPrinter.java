package io.blastwatch.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.blastwatch.evaluate.ErrorKind;
import io.blastwatch.evaluate.EvaluationError;
import io.blastwatch.evaluate.EvaluationReport;
import io.blastwatch.evaluate.Figures;
import io.blastwatch.evaluate.SplitScore;

/** The readable form of an evaluation: the figures of each part side by side, then the error lines. */
final class EvaluationPrinter {

    private EvaluationPrinter() {
    }

    static String text(EvaluationReport report) {
        StringBuilder out = new StringBuilder();
        List<SplitScore> splits = report.splits();
        out.append(String.format(Locale.ROOT, "Real-news evaluation of %s: %d articles%s%n", report.gold(),
                report.articles(), report.missingTexts().isEmpty() ? ""
                        : ", " + report.missingTexts().size() + " left out for lack of a text in " + report.texts()
                        + " (" + String.join(" ", report.missingTexts().subList(0,
                        Math.min(10, report.missingTexts().size()))) + (report.missingTexts().size() > 10 ? " …" : "")
                        + ")"));
        out.append(String.format(Locale.ROOT, "%n%-48s", ""));
        splits.forEach(s -> out.append(String.format(Locale.ROOT, "%-20s", s.name())));
        out.append('\n');
        row(out, splits, "articles / real incidents / found", f -> f.articles() + " / " + f.realIncidents() + " / "
                + f.foundIncidents());
        row(out, splits, "counted: real / found", f -> f.realCounted() + " / " + f.foundCounted());
        row(out, splits, "counted precision", f -> f.countedPrecision().toString());
        row(out, splits, "counted recall", f -> f.countedRecall().toString());
        row(out, splits, "counted F1", f -> String.format(Locale.ROOT, "%.2f", f.countedF1()));
        row(out, splits, "any-kind recall", f -> f.anyKindRecall().toString());
        row(out, splits, "duplicate records (extra)", f -> String.valueOf(f.duplicates()));
        row(out, splits, "wrong merges", f -> String.valueOf(f.wrongMerges()));
        row(out, splits, "phantom incidents", f -> String.valueOf(f.phantoms()));
        row(out, splits, "dates exact", f -> f.datesExact().toString());
        row(out, splits, "  of them year unknown, as the articles allow", f -> String.valueOf(f.yearsLeftUnknown()));
        row(out, splits, "places exact", f -> f.placesExact().toString());
        row(out, splits, "placed in another country", f -> String.valueOf(f.wrongCountry()));
        row(out, splits, "kind right", f -> f.kindAccuracy().toString());
        row(out, splits, "military-industrial right", f -> f.militaryIndustrialAccuracy().toString());
        row(out, splits, "unexplained right", f -> f.unexplainedAccuracy().toString());
        row(out, splits, "outlet counts exact", f -> f.outletCountsExact().toString());
        row(out, splits, "rolling counts exact", f -> f.rollingCountsExact().toString());
        row(out, splits, "dated after their article", f -> String.valueOf(f.datedAfterArticle()));

        out.append(String.format(Locale.ROOT, "%nErrors by kind:%n"));
        for (ErrorKind kind : ErrorKind.values()) {
            out.append(String.format(Locale.ROOT, "  %-48s", kind.description()));
            for (SplitScore s : splits) {
                out.append(String.format(Locale.ROOT, "%-20d", s.errorCounts().get(kind)));
            }
            out.append('\n');
        }
        java.util.SortedSet<String> classes = new java.util.TreeSet<>(
                java.util.Comparator.comparing((String k) -> ErrorKind.valueOf(k.substring(0, k.indexOf(':'))))
                        .thenComparing(k -> k));
        splits.forEach(s -> classes.addAll(s.classCounts().keySet()));
        if (!classes.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nErrors by class:%n"));
            for (String key : classes) {
                out.append(String.format(Locale.ROOT, "  %-66s", key));
                for (SplitScore s : splits) {
                    out.append(String.format(Locale.ROOT, "%-20d", s.classCounts().getOrDefault(key, 0)));
                }
                out.append('\n');
            }
        }
        for (SplitScore s : splits) {
            int total = s.errorCounts().values().stream().mapToInt(Integer::intValue).sum();
            if (s.errors().isEmpty()) {
                if (total > 0) {
                    out.append(String.format(Locale.ROOT, "%nThe %s part's %d error lines are withheld: tune on the "
                            + "development part (--held-out-errors shows them).%n", s.name(), total));
                }
                continue;
            }
            out.append(String.format(Locale.ROOT, "%nErrors of the %s part (%d):%n", s.name(), s.errors().size()));
            ErrorKind current = null;
            for (EvaluationError e : s.errors()) {
                if (e.kind() != current) {
                    current = e.kind();
                    out.append(String.format(Locale.ROOT, "  %s — %s (%d)%n", current.name(), current.description(),
                            s.errorCounts().get(current)));
                }
                out.append("    ").append(line(e)).append('\n');
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<SplitScore> splits, String label, Function<Figures, String> value) {
        out.append(String.format(Locale.ROOT, "%-48s", label));
        splits.forEach(s -> out.append(String.format(Locale.ROOT, "%-20s", value.apply(s.figures()))));
        out.append('\n');
    }

    static String line(EvaluationError e) {
        StringBuilder s = new StringBuilder();
        s.append(e.gold() == null ? "-" : e.gold()).append(" | ").append(e.found() == null ? "-" : e.found());
        if (e.article() != null) {
            s.append(" | ").append(e.article());
        }
        s.append(": ").append(e.detail());
        if (e.errorClass() != null) {
            s.append(" [").append(e.errorClass()).append(']');
        }
        if (e.evidence() != null) {
            s.append(" — \"").append(e.evidence()).append('"');
        }
        return s.toString();
    }
}
