package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Every way a command line can be wrong ends in one "blastwatch:" line and a non-zero exit, before any work. */
class MainTest {

    /** What a command line gave: its exit code and what it wrote to standard error. */
    record Outcome(int exit, String err) {
        long lines() {
            return err.lines().count();
        }
    }

    static synchronized Outcome execute(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.execute(args);
            return new Outcome(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void shouldNameAnImpossibleDateWithoutAJavaExceptionName() {
        Outcome o = execute("replay", "--from", "2024-02-31", "examples/articles");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.lines()).isEqualTo(1);
        assertThat(o.err()).startsWith("blastwatch: ").contains("'2024-02-31' is not a calendar day (YYYY-MM-DD)")
                .contains("blastwatch replay --help").doesNotContain("Exception");
    }

    @Test
    void shouldRefuseAnUnknownOptionInOneLine() {
        Outcome o = execute("analyze", "--no-such-option", "examples/articles");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.lines()).isEqualTo(1);
        assertThat(o.err()).startsWith("blastwatch: Unknown option: '--no-such-option'");
    }

    @Test
    void shouldExitWithAUsageErrorWithoutACommand() {
        Outcome o = execute();
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("Usage: blastwatch");
    }

    @Test
    void shouldAcceptVerboseBeforeTheCommand() {
        Outcome o = execute("--verbose", "analyze", "--help");
        assertThat(o.exit()).isZero();
    }

    @Test
    void shouldRefuseAMistypedSettingAndSuggestTheRightOne() {
        Outcome o = execute("reset", "-s", "alert.treshold=3");
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.lines()).isEqualTo(1);
        assertThat(o.err()).isEqualTo("blastwatch: unknown setting alert.treshold; did you mean alert.threshold? "
                + "(-s alert.treshold)\n");
    }

    @Test
    void shouldSayWithinSecondsThatNoBrokerAnswersInsteadOfWaitingAMinuteAnArticle() {
        Outcome o = execute("ingest", "--bootstrap-servers", "127.0.0.1:1", "examples/articles");
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.err()).contains("blastwatch: no Kafka broker answers at 127.0.0.1:1 within 5 s; start blastwatch run");
    }
}
