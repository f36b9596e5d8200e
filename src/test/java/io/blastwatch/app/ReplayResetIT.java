package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleFiles;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.Replay;
import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Incident;
import io.blastwatch.model.WindowCount;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/** A replay gives what analyze gives; after a reset, a second replay recomputes the same from scratch. */
class ReplayResetIT {

    @Test
    void shouldReplayToTheSameResultsAsAnalyzeAndAgainAfterAReset() throws Exception {
        AnalysisReport analysis = new AnalyzeJob(new BlastwatchConfig(Map.of()), line -> { })
                .run(List.of("examples/articles"));

        try (KafkaFixture kafka = new KafkaFixture()) {
            String applicationId = "replay-" + UUID.randomUUID();
            Path stateDir = Files.createTempDirectory("replay-state-");
            BlastwatchConfig config = config(kafka, applicationId);

            try (Pipeline pipeline = Pipeline.start(config, kafka.bootstrap(), stateDir, PipelineDriver.gazetteer())) {
                Replay.Result replayed = replay(kafka);
                assertThat(replayed.summary().published()).isEqualTo(10);
                KafkaFixture.awaitIdle(pipeline, 10);
            }
            assertSameAs(analysis, kafka);
            long incidentRecords = TopicSnapshot.all(kafka.client(), Topics.INCIDENTS).size();

            try (Admin admin = Admin.create(kafka.client())) {
                awaitGroupEmpty(admin, applicationId);
                ApplicationReset.reset(admin, applicationId, stateDir, List.of(Topics.ARTICLES_RAW.name()),
                        List.of(Topics.INCIDENT_MENTIONS.name(), Topics.INCIDENTS.name()));
                assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith(applicationId));
            }
            assertThat(stateDir.resolve(applicationId)).doesNotExist();

            try (Pipeline pipeline = Pipeline.start(config, kafka.bootstrap(), stateDir, PipelineDriver.gazetteer())) {
                KafkaFixture.awaitIdle(pipeline, 10);
            }
            assertThat(TopicSnapshot.all(kafka.client(), Topics.INCIDENTS).size())
                    .as("the reset pipeline recomputed the incidents from articles-raw").isGreaterThan((int) incidentRecords);
            assertSameAs(analysis, kafka);
        }
    }

    @Test
    void shouldReplayOnlyTheChosenDaysInPublicationOrder() throws Exception {
        try (KafkaFixture kafka = new KafkaFixture();
             ArticlePublisher publisher = new ArticlePublisher(kafka.client(), Clock.systemUTC())) {
            List<Long> pauses = new java.util.ArrayList<>();
            Replay.Result result = new Replay(files(), publisher, pauses::add, s -> { })
                    .replay(List.of("examples/articles"), new Replay.Options(LocalDate.parse("2024-02-08"),
                            LocalDate.parse("2024-02-10"), 3600));
            // 8 to 10 February: Kyiv Evening Wire (8th), Eurasia Desk and Northern Ledger (9th), Baltic Policy Review (10th);
            // the undated Continental Observer cannot be placed in a range.
            assertThat(result.summary().published()).isEqualTo(4);
            assertThat(result.outsideRange()).isEqualTo(6);
            // An hour a second: 8 Feb 00:00 -> 9 Feb 11:30 -> 16:20 -> 10 Feb 00:00 is 35.5 h, 4 h 50 min, 7 h 40 min.
            assertThat(pauses).containsExactly(35_500L, 4_833L, 7_666L);
            List<Long> times = TopicSnapshot.all(kafka.client(), Topics.ARTICLES_RAW).stream()
                    .map(r -> r.timestamp()).sorted().toList();
            assertThat(times).containsExactly(java.time.Instant.parse("2024-02-08T00:00:00Z").toEpochMilli(),
                    java.time.Instant.parse("2024-02-09T11:30:00Z").toEpochMilli(),
                    java.time.Instant.parse("2024-02-09T16:20:00Z").toEpochMilli(),
                    java.time.Instant.parse("2024-02-10T00:00:00Z").toEpochMilli());
        }
    }

    private static Replay.Result replay(KafkaFixture kafka) throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(kafka.client(), Clock.systemUTC())) {
            return new Replay(files(), publisher, millis -> { }, s -> { })
                    .replay(List.of("examples/articles"), new Replay.Options(null, null, 0));
        }
    }

    private static ArticleFiles files() {
        return new ArticleFiles(new ArticleParser(new ArticleDefaults()), ArticleFiles.DEFAULT_MAX_FILE_BYTES);
    }

    private static BlastwatchConfig config(KafkaFixture kafka, String applicationId) {
        Map<String, Object> values = new HashMap<>();
        values.put(BlastwatchConfig.APPLICATION_ID, applicationId);
        values.put(BlastwatchConfig.BOOTSTRAP_SERVERS, kafka.bootstrap());
        return new BlastwatchConfig(values);
    }

    private static void assertSameAs(AnalysisReport analysis, KafkaFixture kafka) {
        Map<String, Incident> incidents = new TreeMap<>(TopicSnapshot.latest(kafka.client(), Topics.INCIDENTS));
        Map<String, Incident> analyzed = new TreeMap<>();
        analysis.incidents().forEach(i -> analyzed.put(i.id(), i));
        assertThat(ids(incidents)).isEqualTo(ids(analyzed));
        incidents.forEach((id, i) -> {
            Incident a = analyzed.get(id);
            assertThat(i.date()).isEqualTo(a.date());
            assertThat(i.outlets()).isEqualTo(a.outlets());
            assertThat(i.unexplained()).isEqualTo(a.unexplained());
        });
        Map<String, Integer> counts = new TreeMap<>();
        TopicSnapshot.latest(kafka.client(), Topics.COUNTS).values().forEach(c -> counts.put(c.key(), c.count()));
        Map<String, Integer> analyzedCounts = new TreeMap<>();
        analysis.counts().forEach((WindowCount c) -> analyzedCounts.put(c.key(), c.count()));
        assertThat(counts.get("RU|2024-02-07")).isEqualTo(analyzedCounts.get("RU|2024-02-07")).isEqualTo(5);
        // An episode that a later article undoes reaches consumers (FIRING, then RESOLVED) only if the settle time
        // passed between the two articles, in analyze as in a replay: either may send it or not. What must agree is
        // the alerts still standing; any other alert of either is RESOLVED.
        List<Alert> replayed = List.copyOf(TopicSnapshot.latest(kafka.client(), Topics.ALERTS).values());
        assertThat(standing(replayed)).isEqualTo(standing(analysis.alerts())).isNotEmpty();
    }

    private static List<String> standing(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.status() != AlertStatus.RESOLVED)
                .map(a -> a.id() + ":" + a.status()).sorted().toList();
    }

    private static List<String> ids(Map<String, Incident> incidents) {
        return List.copyOf(incidents.keySet());
    }

    private static void awaitGroupEmpty(Admin admin, String group) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            var description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            if (description.members().isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("consumer group " + group + " did not empty");
    }
}
