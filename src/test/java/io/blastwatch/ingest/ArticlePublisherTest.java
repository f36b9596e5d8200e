package io.blastwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationSource;
import org.junit.jupiter.api.Test;

/** The record time of an article: its publication time, and for an undated archive article no jump in time. */
class ArticlePublisherTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Article article(String published, PublicationSource from) {
        return new Article("a", null, "Outlet", null, published, from, "en", "text");
    }

    @Test
    void shouldGiveAnUndatedArchiveArticleTheLatestPublicationTimeSentBeforeIt() {
        // No broker is reached: the producer connects only when it sends.
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", "127.0.0.1:1"),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertThat(publisher.recordTime(article(null, null))).as("first, nothing sent yet")
                    .isEqualTo(NOW.toEpochMilli());
            long dated = Instant.parse("2019-06-01T00:00:00Z").toEpochMilli();
            assertThat(publisher.recordTime(article("2019-06-01", PublicationSource.FIELD))).isEqualTo(dated);
            assertThat(publisher.recordTime(article("2017-03-23", PublicationSource.FIELD)))
                    .isEqualTo(Instant.parse("2017-03-23T00:00:00Z").toEpochMilli());
            assertThat(publisher.recordTime(article(null, null))).as("after a 2019 and a 2017 article")
                    .isEqualTo(dated);
            assertThat(publisher.recordTime(article(NOW.toString(), PublicationSource.INGESTION)))
                    .as("a live article without a date is of now").isEqualTo(NOW.toEpochMilli());
            assertThat(publisher.recordTime(article("2031-01-01", PublicationSource.FIELD)))
                    .as("never in the future").isEqualTo(NOW.toEpochMilli());
        }
    }
}
