package io.blastwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThroughputTest {

    @Test
    void shouldGiveTheRateOfTheMeasuredTime() {
        Throughput run = new Throughput(10_000, 33_400_000, 4_000_000_000L, 0);

        assertThat(run.recordsPerSecond()).isEqualTo(2_500.0);
        assertThat(run.toString()).isEqualTo("10,000 articles (33.4 MB) in 4.0 s: 2,500 articles/s, 8.4 MB/s");
    }

    /** A producer that stalled until its batches expired puts two minutes into the time: the line must say so. */
    @Test
    void shouldSayWhenArticlesWereSentAgainAfterAStall() {
        Throughput stalled = new Throughput(10_000, 33_400_000, 120_000_000_000L, 1_234);

        assertThat(stalled.toString()).startsWith("10,000 articles (33.4 MB) in 120.0 s: 83 articles/s")
                .contains("not a fair figure: 1,234 articles were sent again");
        assertThat(new Throughput(1, 1, 1, 0).toString()).doesNotContain("sent again");
    }
}
