package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.extract.ArticleDigest;
import io.blastwatch.model.Article;
import io.blastwatch.model.Incident;
import io.blastwatch.model.Retention;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import io.blastwatch.topology.PipelineSettings;
import io.blastwatch.topology.StoreNames;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the pipeline keeps: nothing more when articles come again, less once they pass the retention period, and a
 * measured, bounded amount per incident.
 */
@Tag("reliability")
class BoundedStateTest {

    static final List<String> STORES = List.of(StoreNames.ARTICLE_DIGESTS, StoreNames.ARTICLE_EXPIRY,
            StoreNames.DEDUP_MENTIONS,
            StoreNames.DEDUP_MENTION_INDEX, StoreNames.DEDUP_INCIDENTS, StoreNames.WINDOW_INCIDENT_INDEX,
            StoreNames.WINDOW_COUNTED_INCIDENTS, StoreNames.WINDOW_COUNTS, StoreNames.ALERT_STATE,
            StoreNames.ALERT_PENDING, StoreNames.ALERT_HELD);

    private final List<Article> articles = new ArticleGenerator(5, PipelineDriver.gazetteer()).generate(800);

    @Test
    void shouldKeepNothingMoreWhenTheSameArticlesArriveAgain() {
        try (PipelineDriver driver = new PipelineDriver()) {
            driver.sendAll(articles);
            Map<String, Long> once = bytesPerStore(driver);
            driver.sendAll(articles);
            assertThat(bytesPerStore(driver)).isEqualTo(once);
        }
    }

    @Test
    void shouldForgetArticlesAndMentionsPastTheRetentionButKeepTheirIncidentsAndCounts() {
        PipelineSettings shortMemory = retention(30);
        Article early = TestArticles.article("early", "Steppe Wire", "2023-01-12",
                "An explosion tore through the Votkinsk Machine Building Plant, which makes ballistic missiles, in "
                        + "Votkinsk on 10 January 2023. No cause was given.");
        Article later = TestArticles.article("later", "Volga Review", "2023-05-20",
                "A blast hit the Tambov Gunpowder Plant in Kotovsk on 18 May 2023. Officials gave no cause.");
        try (PipelineDriver driver = new PipelineDriver(shortMemory)) {
            driver.send(early);
            String incident = onlyIncident(driver);
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsKey("early");
            assertThat(entries(driver, StoreNames.DEDUP_INCIDENTS)).containsKey(incident);
            assertThat(entries(driver, StoreNames.DEDUP_MENTIONS)).isNotEmpty();

            driver.send(later);

            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsOnlyKeys("later");
            assertThat(entries(driver, StoreNames.ARTICLE_EXPIRY)).containsOnlyKeys("2023-05-20|later", "~built");
            assertThat(entries(driver, StoreNames.DEDUP_INCIDENTS)).doesNotContainKey(incident).hasSize(1);
            assertThat(entries(driver, StoreNames.DEDUP_MENTIONS).keySet()).allMatch(id -> id.toString().startsWith("later"));
            String kept = entries(driver, StoreNames.DEDUP_INCIDENTS).keySet().iterator().next().toString();
            // Month and expiry entries name a mention; site and incident-expiry entries name an incident.
            assertThat(entries(driver, StoreNames.DEDUP_MENTION_INDEX).keySet()).isNotEmpty()
                    .allMatch(key -> key.toString().endsWith("|later#0") || key.toString().endsWith("|" + kept)
                            || key.toString().equals("~expiry-built"));
            assertThat(driver.incidents()).as("forgetting is not retracting").containsKey(incident).hasSize(2);
            assertThat(driver.countAt("RU", java.time.LocalDate.of(2023, 1, 10))).isEqualTo(1);
        }
    }

    /**
     * The purge finds what expired by the date each mention and incident has now: an incident first dated by its
     * month (1 January) and then by its day (10 January) is kept while 10 January is within the retention period,
     * and one dated before it goes.
     */
    @Test
    void shouldPurgeAnIncidentByTheDateItHasNowNotTheOneItHadFirst() {
        PipelineSettings retention50 = retention(50);
        try (PipelineDriver driver = new PipelineDriver(retention50)) {
            driver.send(TestArticles.article("old", "Steppe Wire", "2023-01-03",
                    "A blast hit the Tambov Gunpowder Plant in Kotovsk on 2 January 2023. Officials gave no cause."));
            String old = onlyIncident(driver);
            driver.send(TestArticles.article("month", "Volga Review", "2023-01-20",
                    "Residents of Votkinsk reported an explosion at the Votkinsk Machine Building Plant in January 2023."
                            + " The plant has not said what caused it."));
            String votkinsk = driver.incidents().keySet().stream().filter(id -> !id.equals(old)).findFirst()
                    .orElseThrow();
            assertThat(driver.incidents().get(votkinsk).date()).isEqualTo(java.time.LocalDate.of(2023, 1, 1));
            driver.send(TestArticles.article("day", "Baltic Herald", "2023-01-25",
                    "The explosion at the Votkinsk Machine Building Plant in Votkinsk on 10 January 2023 still has no "
                            + "stated cause, officials said."));
            assertThat(driver.incidents().get(votkinsk).date()).isEqualTo(java.time.LocalDate.of(2023, 1, 10));

            // Stream time 25 February (the purge runs as each hour of stream time passes):
            // everything dated before 6 January expires.
            driver.send(TestArticles.article("later", "Eastern Ledger", "2023-02-25",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023."));

            assertThat(entries(driver, StoreNames.DEDUP_INCIDENTS)).doesNotContainKey(old).containsKey(votkinsk);
            assertThat(entries(driver, StoreNames.DEDUP_MENTIONS).keySet())
                    .noneMatch(id -> id.toString().startsWith("old#"))
                    .anyMatch(id -> id.toString().startsWith("month#"))
                    .anyMatch(id -> id.toString().startsWith("day#"));
            assertThat(entries(driver, StoreNames.DEDUP_MENTION_INDEX).keySet())
                    .noneMatch(key -> key.toString().contains("|" + old) || key.toString().endsWith("|old#0"));
        }
    }

    /**
     * An article edited with a later publication time expires by its new time: its old day's key went with the edit,
     * so the purge that takes the articles of that day leaves it.
     */
    @Test
    void shouldPurgeAnEditedArticleByItsNewTime() {
        try (PipelineDriver driver = new PipelineDriver(retention(30))) {
            driver.send(TestArticles.article("edited", "Steppe Wire", "2023-01-12",
                    "A blast hit the Tambov Gunpowder Plant in Kotovsk on 11 January 2023."));
            driver.send(TestArticles.article("edited", "Steppe Wire", "2023-02-10",
                    "A blast hit the Tambov Gunpowder Plant in Kotovsk on 11 January 2023, and a second one on "
                            + "9 February 2023."));
            driver.send(TestArticles.article("other", "Volga Review", "2023-01-13",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 12 January 2023."));
            assertThat(entries(driver, StoreNames.ARTICLE_EXPIRY).keySet())
                    .contains("2023-02-10|edited", "2023-01-13|other").doesNotContain("2023-01-12|edited");

            // Stream time 25 February: articles before 26 January expire.
            driver.send(TestArticles.article("late", "Baltic Herald", "2023-02-25",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023."));

            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsOnlyKeys("edited", "late");
            assertThat(entries(driver, StoreNames.ARTICLE_EXPIRY).keySet()).containsExactly(
                    "2023-02-10|edited", "2023-02-25|late", "~built");
        }
    }

    /**
     * A store written before the expiry index existed holds digests without keys: the first purge indexes them all
     * once, and takes the expired ones.
     */
    @Test
    void shouldIndexDigestsWrittenBeforeTheExpiryIndexAtTheFirstPurge() {
        try (PipelineDriver driver = new PipelineDriver(retention(30))) {
            KeyValueStore<String, ArticleDigest> digests = driver.driver().getKeyValueStore(StoreNames.ARTICLE_DIGESTS);
            digests.put("from-before", new ArticleDigest("hash", List.of(), Instant.parse("2023-01-05T10:00:00Z")
                    .toEpochMilli()));
            digests.put("recent-from-before", new ArticleDigest("hash2", List.of(),
                    Instant.parse("2023-02-20T10:00:00Z").toEpochMilli()));

            driver.send(TestArticles.article("late", "Baltic Herald", "2023-02-25",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023."));

            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsOnlyKeys("recent-from-before", "late");
            assertThat(entries(driver, StoreNames.ARTICLE_EXPIRY).keySet()).containsExactly(
                    "2023-02-20|recent-from-before", "2023-02-25|late", "~built");
        }
    }

    /**
     * A purge forgets a bounded batch, the earliest first, and leaves the rest to the purges that follow: the next
     * hour of stream time, or a second of the wall clock while it is behind. Forgetting a long history at once stalled
     * every article behind it.
     */
    @Test
    void shouldForgetALongHistoryInBatches() {
        try (PipelineDriver driver = new PipelineDriver(retention(30))) {
            oldDigests(driver, 2 * Retention.PURGE_BATCH + 40, 3600);

            driver.pipe(TestArticles.article("first", "Baltic Herald", "2023-02-25T10:00:00Z",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023."));
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).hasSize(Retention.PURGE_BATCH + 40 + 1)
                    .containsKey(String.format("old-%04d", Retention.PURGE_BATCH))
                    .doesNotContainKey(String.format("old-%04d", Retention.PURGE_BATCH - 1));

            driver.pipe(TestArticles.article("second", "Volga Review", "2023-02-25T12:00:00Z",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023, officials said."));
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).hasSize(40 + 2)
                    .doesNotContainKey(String.format("old-%04d", 2 * Retention.PURGE_BATCH - 1));

            driver.advance(Retention.PURGE_CATCH_UP);
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsOnlyKeys("first", "second");
        }
    }

    /**
     * A long history that expires at once is forgotten by the wall clock too, a batch a second, without any new
     * article moving stream time; once caught up, the wall clock forgets nothing that has not expired.
     */
    @Test
    void shouldCatchUpWithAnExpiredHistoryAsTheWallClockRuns() {
        try (PipelineDriver driver = new PipelineDriver(retention(30))) {
            KeyValueStore<String, ArticleDigest> digests = oldDigests(driver, 3 * Retention.PURGE_BATCH, 60);
            digests.put("recent", new ArticleDigest("r", List.of(), Instant.parse("2023-02-20T00:00:00Z").toEpochMilli()));

            driver.pipe(TestArticles.article("now", "Baltic Herald", "2023-02-25T10:00:00Z",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023."));
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).hasSize(2 * Retention.PURGE_BATCH + 2);
            driver.advance(Retention.PURGE_CATCH_UP.dividedBy(2));
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).hasSize(2 * Retention.PURGE_BATCH + 2);
            driver.advance(Retention.PURGE_CATCH_UP);
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).hasSize(Retention.PURGE_BATCH + 2);
            driver.advance(Retention.PURGE_CATCH_UP);
            driver.advance(Retention.PURGE_CATCH_UP);
            driver.advance(Retention.PURGE_CATCH_UP);

            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsOnlyKeys("now", "recent");
        }
    }

    /** Digests "old-0000" on, of articles read from 1 January 2022 on, one every {@code seconds}: a long history. */
    private static KeyValueStore<String, ArticleDigest> oldDigests(PipelineDriver driver, int count, long seconds) {
        KeyValueStore<String, ArticleDigest> digests = driver.driver().getKeyValueStore(StoreNames.ARTICLE_DIGESTS);
        Instant start = Instant.parse("2022-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            digests.put(String.format("old-%04d", i), new ArticleDigest("h" + i, List.of(),
                    start.plusSeconds(seconds * i).toEpochMilli()));
        }
        return digests;
    }

    /**
     * A purge goes on from where the last one stopped (not over the forgotten keys again), so an article dated before
     * that point, arriving late, must move it back: it is forgotten at the next purge like any other.
     */
    @Test
    void shouldForgetALateArticleDatedBeforeWhereTheLastPurgeStopped() {
        try (PipelineDriver driver = new PipelineDriver(retention(30))) {
            KeyValueStore<String, ArticleDigest> digests = driver.driver().getKeyValueStore(StoreNames.ARTICLE_DIGESTS);
            digests.put("old", new ArticleDigest("h", List.of(), Instant.parse("2022-01-01T00:00:00Z").toEpochMilli()));
            driver.send(TestArticles.article("now", "Baltic Herald", "2023-02-25T10:00:00Z",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023."));
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsOnlyKeys("now");

            driver.send(TestArticles.article("archive", "Volga Review", "2021-06-01T10:00:00Z",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 31 May 2021."));
            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsKey("archive");
            driver.send(TestArticles.article("next", "Eastern Ledger", "2023-02-25T12:00:00Z",
                    "A fire broke out at the Kazan Gunpowder Plant in Kazan on 24 February 2023, officials said."));

            assertThat(entries(driver, StoreNames.ARTICLE_DIGESTS)).containsOnlyKeys("now", "next");
        }
    }

    /**
     * The measured figure for docs/RELIABILITY.md: the bytes of every store over the incidents and articles of a
     * generated stream, and a bound that a change making state per incident grow much would break.
     */
    @Test
    void shouldKeepABoundedAmountOfStatePerIncident() {
        try (PipelineDriver driver = new PipelineDriver()) {
            driver.sendAll(articles);
            Map<String, Long> bytes = bytesPerStore(driver);
            long total = bytes.values().stream().mapToLong(Long::longValue).sum();
            int incidents = driver.incidents().size();
            System.out.printf("state after %d articles, %d incidents: %d bytes, %d per incident, %d per article; %s%n",
                    articles.size(), incidents, total, total / incidents, total / articles.size(), bytes);
            assertThat(total / incidents).as("bytes of state per incident").isLessThan(40_000);
        }
    }

    /** The default settings with another retention period. */
    private static PipelineSettings retention(int days) {
        PipelineSettings d = PipelineSettings.defaults();
        return new PipelineSettings(d.windowMonths(), d.alertThreshold(), d.alertSettle(), days, d.maxSources(),
                d.maxMentionsPerArticle(), d.maxArticleChars());
    }

    private static String onlyIncident(PipelineDriver driver) {
        assertThat(driver.incidents()).hasSize(1);
        Incident only = driver.incidents().values().iterator().next();
        return only.id();
    }

    private static Map<String, Long> bytesPerStore(PipelineDriver driver) {
        driver.settle();
        Map<String, Long> bytes = new TreeMap<>();
        for (String store : STORES) {
            long sum = 0;
            for (Map.Entry<Object, Object> e : entries(driver, store).entrySet()) {
                sum += e.getKey().toString().getBytes(StandardCharsets.UTF_8).length + Json.toBytes(e.getValue()).length;
            }
            bytes.put(store, sum);
        }
        return bytes;
    }

    private static Map<Object, Object> entries(PipelineDriver driver, String store) {
        KeyValueStore<Object, Object> kv = driver.driver().getKeyValueStore(store);
        Map<Object, Object> all = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        try (KeyValueIterator<Object, Object> it = kv.all()) {
            while (it.hasNext()) {
                KeyValue<Object, Object> e = it.next();
                all.put(e.key, e.value);
            }
        }
        return all;
    }
}
