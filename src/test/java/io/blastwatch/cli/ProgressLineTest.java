package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.blastwatch.ingest.IngestionSummary;
import org.junit.jupiter.api.Test;

/** Without a terminal, progress is a line every five seconds, and never a line of zeros left from the start. */
class ProgressLineTest {

    private static IngestionSummary done(int read) {
        return new IngestionSummary(read, read, 0, 0, List.of(), read, 100);
    }

    @Test
    void shouldPrintNothingForWorkThatEndsWithinTheFirstSecondsWithoutATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(1_000_000);
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "ingest", now::get);
        line.update(done(0));
        now.addAndGet(2_000);
        line.update(done(10));
        line.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldPrintTheCurrentCountsEveryFiveSecondsWithoutATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(1_000_000);
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "ingest", now::get);
        for (int i = 1; i <= 12; i++) {
            now.addAndGet(1_000);
            line.update(done(i));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "ingest: 5/100 sources, 5 read, 5 published, 0 repeated, 0 rejected",
                "ingest: 10/100 sources, 10 read, 10 published, 0 repeated, 0 rejected");
    }
}
