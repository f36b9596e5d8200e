package io.blastwatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mentions deduplication keeps as objects per task follow the heap, within bounds. */
class CachedMentionsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void oneMentionPer64KbOfHeapBetweenAThousandAndFiveThousand() {
        assertThat(IncidentDedupProcessor.cachedMentions(200 * MB)).isEqualTo(3_200);
        assertThat(IncidentDedupProcessor.cachedMentions(256 * MB)).isEqualTo(4_096);
        assertThat(IncidentDedupProcessor.cachedMentions(6 * 1024 * MB)).isEqualTo(5_000);
        assertThat(IncidentDedupProcessor.cachedMentions(32 * MB)).isEqualTo(1_000);
        assertThat(IncidentDedupProcessor.cachedMentions(Long.MAX_VALUE)).isEqualTo(5_000);
    }
}
