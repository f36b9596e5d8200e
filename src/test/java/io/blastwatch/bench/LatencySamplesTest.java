package io.blastwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySamplesTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long START = 7 * SECOND;

    @Test
    void shouldTellWhenTheSlowestHundredthWasSent() {
        LatencySamples samples = new LatencySamples();
        for (int i = 0; i < 300; i++) {
            // 200 ms each, sent over 30 s, but for a stall of three seconds hitting four articles of the fourth second.
            long sent = START + i * SECOND / 10;
            boolean stalled = i >= 30 && i < 34;
            samples.add(stalled ? 3 * SECOND : SECOND / 5, sent);
        }

        assertThat(samples.slowestBySecond()).isEqualTo("3 s: 3");
        assertThat(samples.percentile(99)).isEqualTo(3000.0);
        assertThat(samples.percentile(50)).isEqualTo(200.0);
    }

    @Test
    void shouldNameOneArticleAtLeastAndSayWhenThereIsNone() {
        LatencySamples samples = new LatencySamples();
        assertThat(samples.slowestBySecond()).isEqualTo("no samples");

        samples.add(SECOND, START);
        samples.add(2 * SECOND, START + 12 * SECOND);

        assertThat(samples.slowestBySecond()).isEqualTo("12 s: 1");
    }
}
