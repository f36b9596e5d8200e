package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.JarProcess;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate} as the packaged jar runs it, on a small gold file and three articles written for the tests: each
 * part runs through the real pipeline on its own embedded broker and comes back scored, held-out first.
 */
class EvaluateCommandIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final String MINI = "src/test/resources/io/blastwatch/evaluate/mini/gold.json";

    @Test
    void shouldScoreEachPartOnItsOwnAndWithholdTheHeldOutErrors() throws Exception {
        JarProcess.Result result = JarProcess.run(LIMIT, "evaluate", "--json", "--gold", MINI);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode doc = Json.mapper().readTree(result.stdout());
        assertThat(doc.get("articles").asInt()).isEqualTo(4);
        assertThat(doc.get("missingTexts")).extracting(JsonNode::asText).containsExactly("m4");
        JsonNode held = doc.get("splits").get(0);
        JsonNode dev = doc.get("splits").get(1);
        assertThat(held.get("name").asText()).isEqualTo("held-out");
        assertThat(dev.get("name").asText()).isEqualTo("dev");
        assertThat(held.get("figures").get("articles").asInt()).isEqualTo(1);
        assertThat(held.get("figures").get("realIncidents").asInt()).isEqualTo(1);
        assertThat(held.get("errors")).isEmpty();
        assertThat(dev.get("figures").get("articles").asInt()).isEqualTo(2);
        assertThat(dev.get("figures").get("realIncidents").asInt()).isEqualTo(2);
        assertThat(dev.get("figures").get("realCounted").asInt()).isEqualTo(1);
        // The Votkinsk blast is stated with its day; a pipeline that finds nothing fails here.
        assertThat(dev.get("figures").get("countedRecall").get("hits").asInt()).isEqualTo(1);
        for (JsonNode split : doc.get("splits")) {
            assertThat(split.get("errorCounts").size()).isEqualTo(13);
        }
    }

    @Test
    void shouldPrintTheFiguresSideBySideAndFailWithOneLineWithoutTexts() {
        JarProcess.Result text = JarProcess.run(LIMIT, "evaluate", "--gold", MINI, "--held-out-errors");
        assertThat(text.exitCode()).as(text.stderr()).isZero();
        assertThat(text.stdout()).contains("held-out").contains("dev").contains("counted F1")
                .contains("rolling counts exact").contains("1 left out for lack of a text");
        assertThat(text.stdout().indexOf("held-out")).isLessThan(text.stdout().indexOf("dev "));

        JarProcess.Result noTexts = JarProcess.run(LIMIT, "evaluate", "--gold", MINI, "--texts", "no/such/folder");
        assertThat(noTexts.exitCode()).isNotZero();
        assertThat(noTexts.stderr().lines().filter(l -> l.startsWith("blastwatch: ")).toList()).singleElement()
                .asString().contains("no texts folder at no/such/folder");

        JarProcess.Result noGold = JarProcess.run(LIMIT, "evaluate", "--gold", "no/such/gold.json");
        assertThat(noGold.exitCode()).isNotZero();
        assertThat(noGold.stderr()).contains("blastwatch: no gold file at no/such/gold.json");
    }
}
