package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.blastwatch.extract.ArticleDigest;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.DeadLetter;
import io.blastwatch.model.Incident;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import io.blastwatch.topology.StoreNames;
import io.blastwatch.topology.Topics;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand hostile records on the pipeline's input topics. Each one is either processed or dead-lettered with
 * a reason and its place; none stops the pipeline, none takes long, no output record grows past what a broker
 * accepts, and the pipeline still reaches the right conclusion from real articles afterwards.
 */
@Tag("reliability")
class HostileInputFuzzTest {

    static final int INPUTS = 10_000;
    /** Far above the few milliseconds an input takes; only a runaway matcher comes near it. */
    static final long MAX_MILLIS_PER_INPUT = 2_000;
    /** The broker's default limit on a record is 1 MB; everything the pipeline writes stays well below. */
    static final int MAX_RECORD_BYTES = 1_000_000;

    @Test
    void shouldProcessOrDeadLetterEveryHostileInputAndKeepWorking() {
        List<HostileInputs.Input> inputs = new HostileInputs(8_128).take(INPUTS);
        try (PipelineDriver driver = new PipelineDriver()) {
            Map<String, Long> slowest = new TreeMap<>();
            long slowestMillis = 0;
            for (HostileInputs.Input input : inputs) {
                long started = System.nanoTime();
                driver.sendRaw(input.topic(), input.key(), input.value());
                long millis = (System.nanoTime() - started) / 1_000_000;
                slowest.merge(input.kind(), millis, Math::max);
                slowestMillis = Math.max(slowestMillis, millis);
                if (input.number() % 500 == 499) {
                    driver.settle();
                }
            }
            driver.settle();
            System.out.printf("%d hostile inputs; slowest per kind (ms): %s%n", INPUTS, slowest);

            // Articles are told apart by their offset on articles-raw; records on the other input topics, which the
            // pipeline writes to as well, by their keys.
            Map<String, DeadLetter> letters = new HashMap<>();
            for (DeadLetter letter : driver.deadLetters()) {
                assertThat(letter.reason()).as("reason of the dead letter at %s", letter.offset()).isNotBlank();
                assertThat(letter.stage()).isNotBlank();
                String place = letter.sourceTopic().equals(Topics.ARTICLES_RAW.name())
                        ? letter.sourceTopic() + "@" + letter.offset() : letter.sourceTopic() + "|" + letter.key();
                assertThat(letters.put(place, letter)).as("a second dead letter for %s", place).isNull();
            }
            KeyValueStore<String, ArticleDigest> digests = driver.driver().getKeyValueStore(StoreNames.ARTICLE_DIGESTS);
            int processed = 0;
            long articleOffset = 0;
            for (HostileInputs.Input input : inputs) {
                if (input.topic().equals(Topics.ARTICLES_RAW.name())) {
                    boolean deadLettered = letters.remove(input.topic() + "@" + articleOffset++) != null;
                    boolean digested = input.articleId() != null && digests.get(input.articleId()) != null;
                    assertThat(deadLettered ^ digested)
                            .as("input %d (%s) is processed or dead-lettered, not both or neither", input.number(),
                                    input.kind()).isTrue();
                    processed += digested ? 1 : 0;
                } else if (letters.remove(input.topic() + "|" + new String(input.key(), StandardCharsets.UTF_8)) == null) {
                    processed++;
                }
            }
            assertThat(letters).as("dead letters of records that are not hostile inputs").isEmpty();
            System.out.printf("processed %d, dead-lettered %d: %s%n", processed, driver.deadLetters().size(),
                    driver.deadLetters().stream().collect(Collectors.groupingBy(l -> l.sourceTopic() + " " + l.stage(),
                            TreeMap::new, Collectors.counting())));
            assertThat(processed + driver.deadLetters().size()).isEqualTo(INPUTS);
            assertThat(processed).as("hostile but readable articles are processed").isGreaterThan(INPUTS / 3);
            assertThat(driver.deadLetters().size()).as("unreadable records are dead-lettered").isGreaterThan(INPUTS / 5);
            assertThat(slowestMillis).as("slowest input, ms").isLessThan(MAX_MILLIS_PER_INPUT);
            assertThat(driver.largestRecords()).allSatisfy((topic, bytes) ->
                    assertThat(bytes).as("largest record on %s", topic).isLessThan(MAX_RECORD_BYTES));

            assertStillRight(driver);
        }
    }

    /** After all that, the example articles still give their incidents, the count of five and its alert. */
    private static void assertStillRight(PipelineDriver driver) {
        Map<String, Incident> clean;
        try (PipelineDriver fresh = new PipelineDriver()) {
            fresh.sendAll(TestArticles.read(TestArticles.examplesDir()));
            clean = Map.copyOf(fresh.incidents());
        }
        driver.sendAll(TestArticles.read(TestArticles.examplesDir()));
        clean.forEach((id, incident) -> assertThat(driver.incidents().get(id)).as("incident %s", id).isEqualTo(incident));
        assertThat(driver.countAt("RU", LocalDate.of(2024, 2, 7))).isEqualTo(5);
        assertThat(driver.alerts().values()).anySatisfy(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(a.windowEnd()).isEqualTo(LocalDate.of(2024, 2, 7));
        });
    }
}
