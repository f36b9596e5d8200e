package io.blastwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PhaseProgressTest {

    @Test
    void shouldReportTheCountItsTotalAndTheRate() {
        assertThat(PhaseProgress.line("pipeline: articles read", 12_345, 100_000, 811.4))
                .isEqualTo("pipeline: articles read: 12,345 of 100,000 (811/s)");
        assertThat(PhaseProgress.line("latency: articles sent", 40, 0, 20))
                .isEqualTo("latency: articles sent: 40 (20/s)");
    }

    @Test
    void shouldReportWhileThePhaseRunsAndStopWhenClosed() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        AtomicLong done = new AtomicLong();
        try (PhaseProgress progress = new PhaseProgress("phase", 1_000, done::get, lines::add, Duration.ofMillis(20))) {
            for (int i = 0; i < 50 && lines.size() < 3; i++) {
                done.addAndGet(10);
                Thread.sleep(10);
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3).allMatch(l -> l.matches("phase: [\\d,]+ of 1,000 \\([\\d,]+/s\\)"));
        int reported = lines.size();
        Thread.sleep(60);
        assertThat(lines).hasSize(reported);
    }
}
