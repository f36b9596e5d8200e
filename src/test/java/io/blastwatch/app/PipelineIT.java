package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.blastwatch.ingest.IngestionSummary;
import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.DeadLetter;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.WindowCount;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.TestArticles;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline on a real broker, exactly-once, from articles-raw through every topic to alerts. */
class PipelineIT {

    private static KafkaFixture kafka;

    @BeforeAll
    static void startBroker() {
        kafka = new KafkaFixture();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void shouldCarryTheSeedArticlesThroughEveryTopicToOneAlert() throws Exception {
        TestArticles.seedsDir();
        try (Pipeline pipeline = kafka.startPipeline(Map.of())) {
            IngestionSummary ingested = kafka.ingest(List.of("../shared/seeds", "examples/articles"));
            assertThat(ingested.published()).isEqualTo(ingested.read()).isEqualTo(13);
            KafkaFixture.awaitIdle(pipeline, ingested.published());

            assertThat(TopicSnapshot.all(kafka.client(), Topics.INCIDENT_MENTIONS))
                    .extracting(r -> r.value())
                    .filteredOn(m -> m != null && "RU.80".equals(((IncidentMention) m).regionCode()))
                    .isNotEmpty();
            Map<String, Incident> incidents = TopicSnapshot.latest(kafka.client(), Topics.INCIDENTS);
            assertThat(incidents.values()).filteredOn(i -> i.date().equals(LocalDate.parse("2024-02-07")))
                    .singleElement().satisfies(i -> assertThat(i.outlets()).isEqualTo(8));
            Map<String, WindowCount> counts = TopicSnapshot.latest(kafka.client(), Topics.COUNTS);
            assertThat(counts.get("RU|2024-02-07").count()).isEqualTo(5);
            List<Alert> alerts = List.copyOf(TopicSnapshot.latest(kafka.client(), Topics.ALERTS).values());
            assertThat(alerts).singleElement().satisfies(a -> {
                assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
                assertThat(a.windowEnd()).isEqualTo(LocalDate.parse("2024-02-07"));
                assertThat(a.incidentIds()).hasSize(5).allMatch(incidents::containsKey);
            });
        }
    }

    @Test
    void shouldDeadLetterWhatItCannotReadAndKeepGoing() throws Exception {
        try (Pipeline pipeline = kafka.startPipeline(Map.of());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.client(), new StringSerializer(),
                     new ByteArraySerializer())) {
            long before = TopicSnapshot.all(kafka.client(), Topics.DEAD_LETTERS).size();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), "broken", "{\"text\": ".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), "binary", new byte[] {0, 1, 2, (byte) 0xff})).get();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), "bad-date",
                    "{\"id\":\"bad-date\",\"published\":\"2024-02-31\",\"text\":\"An explosion.\"}".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.INCIDENTS.name(), "garbage", "not json".getBytes(StandardCharsets.UTF_8))).get();
            KafkaFixture.awaitIdle(pipeline, 4);

            List<DeadLetter> letters = TopicSnapshot.all(kafka.client(), Topics.DEAD_LETTERS).stream()
                    .skip(before).map(r -> r.value()).sorted(Comparator.comparing(DeadLetter::key)).toList();
            assertThat(letters).extracting(DeadLetter::key).containsExactly("bad-date", "binary", "broken", "garbage");
            assertThat(letters).allSatisfy(d -> {
                assertThat(d.reason()).isNotBlank();
                assertThat(d.sourceTopic()).isIn(Topics.ARTICLES_RAW.name(), Topics.INCIDENTS.name());
                assertThat(d.offset()).isGreaterThanOrEqualTo(0);
            });
            assertThat(letters.get(0).reason()).contains("published");
            assertThat(letters.get(1).valueEncoding()).isEqualTo("base64");
            assertThat(letters.get(3).sourceTopic()).isEqualTo(Topics.INCIDENTS.name());

            IngestionSummary after = kafka.ingest(List.of("examples/articles/2023-11-16-black-earth-bulletin-kotovsk.json"));
            KafkaFixture.awaitIdle(pipeline, 4 + after.published());
            assertThat(TopicSnapshot.latest(kafka.client(), Topics.INCIDENTS).values())
                    .as("the pipeline still processes articles after the poison records")
                    .anyMatch(i -> i.date().equals(LocalDate.parse("2023-06-20")));
        }
    }
}
