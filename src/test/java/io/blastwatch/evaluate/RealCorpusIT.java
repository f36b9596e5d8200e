package io.blastwatch.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.JarProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real-news corpus, evaluated where its texts have been collected (corpus/README.md). The texts are never
 * committed, so on CI this test is skipped with a message saying so; the gold file is checked everywhere.
 */
class RealCorpusIT {

    private static final Path GOLD = Path.of("corpus", "gold.json");
    private static final Path TEXTS = Path.of("corpus", "texts");

    @Test
    void shouldHaveAUsableGoldFileWithAHeldOutPart() throws Exception {
        GoldCorpus corpus = GoldCorpus.load(GOLD);
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(corpus.articles().stream().map(GoldArticle::outlet).distinct().count()).isGreaterThanOrEqualTo(50);
        assertThat(corpus.incidents()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(corpus.articles().stream().filter(a -> a.published() == null).count()).isGreaterThanOrEqualTo(30);
        long held = corpus.incidents().stream().filter(GoldIncident::heldOut).count();
        // A third of the first incidents; later ones by a hash that holds out one in three on average, or with the
        // part of the articles they were found in (corpus/README.md): at least 30 % in all.
        assertThat(held * 10).isGreaterThanOrEqualTo(corpus.incidents().size() * 3L);
    }

    @Test
    void shouldEvaluateTheRealCorpusWhereItsTextsArePresent() throws Exception {
        boolean present;
        try (Stream<Path> files = Files.isDirectory(TEXTS) ? Files.list(TEXTS) : Stream.empty()) {
            present = files.anyMatch(p -> p.toString().endsWith(".txt"));
        }
        if (!present) {
            String why = "corpus/texts is absent: the real-news corpus is not evaluated here "
                    + "(collect the texts as corpus/README.md says)";
            System.out.println("RealCorpusIT: " + why);
            Assumptions.abort(why);
        }
        JarProcess.Result result = JarProcess.run(Duration.ofMinutes(5), "evaluate", "--json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode doc = Json.mapper().readTree(result.stdout());
        assertThat(doc.get("splits")).hasSize(2);
        for (JsonNode split : doc.get("splits")) {
            JsonNode f = split.get("figures");
            assertThat(f.get("articles").asInt()).isPositive();
            assertThat(f.get("realIncidents").asInt()).isPositive();
            assertThat(f.get("anyKindRecall").get("of").asInt()).isEqualTo(f.get("realIncidents").asInt());
            System.out.println("RealCorpusIT " + split.get("name").asText() + ": counted F1 "
                    + f.get("countedF1").asDouble() + ", any-kind recall " + f.get("anyKindRecall").get("value"));
        }
    }
}
