package io.blastwatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.blastwatch.app.AnalysisReport;
import io.blastwatch.model.Alert;
import io.blastwatch.model.Incident;
import io.blastwatch.model.WindowCount;

/** The readable form of an analysis: what a person wants to see first, in a terminal's width. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    static String text(AnalysisReport report) {
        StringBuilder out = new StringBuilder();
        var stats = report.articles();
        out.append(String.format(Locale.ROOT, "Articles: %d read, %d published, %d rejected, %d dead-lettered%n",
                stats.read(), stats.published(), stats.rejected(), stats.deadLettered()));
        report.rejections().forEach(r -> out.append("  rejected ").append(r.origin()).append(": ").append(r.reason()).append('\n'));
        report.deadLetters().forEach(d -> out.append("  dead letter ").append(d.sourceTopic()).append('@').append(d.offset())
                .append(": ").append(d.reason()).append('\n'));

        out.append(String.format(Locale.ROOT, "%nIncidents (%d), newest first:%n", report.incidents().size()));
        for (Incident i : report.incidents()) {
            out.append(String.format(Locale.ROOT, "  %s%s  %-14s %s%n", shownDate(i), precision(i), i.kind(), place(i)));
            out.append(String.format(Locale.ROOT, "              %s%s; %d outlet%s, %d mention%s%s%n",
                    i.unexplained() ? (i.contested() ? "unexplained, contested (media report an attack that "
                            + "officials or investigators explain otherwise)" : "unexplained")
                            : attack(i) ? "attributed to an attack"
                            + (i.cause() == null ? "" : ": " + i.cause()) : "not military-industrial",
                    i.militaryIndustrial() ? ", military-industrial" : "",
                    i.outlets(), i.outlets() == 1 ? "" : "s", i.mentions(), i.mentions() == 1 ? "" : "s",
                    i.dateBasis() != null && !i.dateBasis().yearKnown() ? "; year unknown, not counted" : ""));
        }

        List<WindowCount> counted = shownCounts(report.counts());
        out.append(String.format(Locale.ROOT, "%nRolling counts of unexplained explosions at military-industrial sites "
                + "(windows ending where a count changed; any other day has the count of the window before it):%n"));
        int peak = counted.stream().mapToInt(WindowCount::count).max().orElse(0);
        for (WindowCount c : counted) {
            out.append(String.format(Locale.ROOT, "  %s  %s .. %s  %2d %s%s%n", c.country(), c.windowStart(),
                    c.windowEnd(), c.count(), "#".repeat(c.count()), c.count() == peak ? "  (peak)" : ""));
        }
        out.append(String.format(Locale.ROOT, "%nAlerts (%d):%n", report.alerts().size()));
        for (Alert a : report.alerts()) {
            out.append(String.format(Locale.ROOT, "  %-10s %s [%s]%n", a.status(), a.summary(), a.id()));
        }
        return out.toString();
    }

    /**
     * The windows as the JSON has them, less the zeros that open a country's list; a zero after a count stays, since
     * it is where the count drops back and by the rule printed above it holds until the next line.
     */
    static List<WindowCount> shownCounts(List<WindowCount> counts) {
        List<WindowCount> shown = new ArrayList<>();
        String country = null;
        int previous = 0;
        for (WindowCount c : counts) {
            if (!c.country().equals(country)) {
                country = c.country();
                previous = 0;
            }
            if (c.count() > 0 || previous > 0) {
                shown.add(c);
            }
            previous = c.count();
        }
        return shown;
    }

    private static boolean attack(Incident i) {
        return i.causeHistory().stream().anyMatch(io.blastwatch.model.CauseReport::attack);
    }

    /** An unknown year is shown as unknown, not as the placeholder the date is stored with. */
    static String shownDate(Incident i) {
        boolean yearKnown = i.dateBasis() == null || i.dateBasis().yearKnown();
        return yearKnown ? i.date().toString() : "????" + i.date().toString().substring(4);
    }

    private static String precision(Incident i) {
        return switch (i.datePrecision()) {
            case DAY -> "   ";
            case MONTH -> " ~m";
            case YEAR -> " ~y";
        };
    }

    private static String place(Incident i) {
        StringBuilder s = new StringBuilder();
        if (i.facility() != null) {
            s.append(i.facility()).append(", ");
        }
        if (i.settlement() != null) {
            s.append(i.settlement()).append(", ");
        }
        if (i.region() != null) {
            s.append(i.region()).append(' ');
        }
        s.append('(').append(i.country()).append(')');
        return s.toString();
    }
}
