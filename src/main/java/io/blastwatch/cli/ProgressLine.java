package io.blastwatch.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import io.blastwatch.ingest.IngestionSummary;

/**
 * Progress of long work on standard error: a bar redrawn in place on a terminal, a plain line every few seconds
 * when the output goes to a file or a pipe. Work done within the first few seconds prints no plain line at all: a
 * line of zeros written at the start would stay in a log as if it were the result.
 */
final class ProgressLine {

    private static final int WIDTH = 24;
    private static final long PLAIN_EVERY_MS = 5_000;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final LongSupplier clockMillis;
    private long lastPlain;
    private boolean drawn;

    ProgressLine(PrintStream out, boolean terminal, String label, LongSupplier clockMillis) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.clockMillis = clockMillis;
        this.lastPlain = clockMillis.getAsLong();
    }

    static ProgressLine onStandardError(String label) {
        return new ProgressLine(System.err, System.console() != null, label, System::currentTimeMillis);
    }

    void update(IngestionSummary s) {
        String counts = String.format(Locale.ROOT, "%,d read, %,d published, %,d repeated, %,d rejected", s.read(),
                s.published(), s.duplicates(), s.rejected());
        if (terminal) {
            int filled = s.sourcesTotal() == 0 ? 0 : WIDTH * s.sourcesDone() / s.sourcesTotal();
            out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + s.sourcesDone()
                    + "/" + s.sourcesTotal() + " sources, " + counts + "   ");
            out.flush();
            drawn = true;
        } else {
            long now = clockMillis.getAsLong();
            if (now - lastPlain >= PLAIN_EVERY_MS) {
                lastPlain = now;
                out.println(label + ": " + s.sourcesDone() + "/" + s.sourcesTotal() + " sources, " + counts);
            }
        }
    }

    /** Ends the line the bar was drawn on. */
    void finish() {
        if (drawn) {
            out.println();
        }
    }
}
