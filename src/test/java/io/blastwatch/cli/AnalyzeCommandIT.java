package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.JarProcess;
import org.junit.jupiter.api.Test;

/** The README's first command, as a newcomer runs it: the packaged jar on the example articles. */
class AnalyzeCommandIT {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Test
    void shouldPrintOneJsonDocumentFollowingTheContract() throws Exception {
        JarProcess.Result result = JarProcess.run(LIMIT, "analyze", "--json", "examples/articles");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode doc = Json.mapper().readTree(result.stdout());
        assertThat(doc.get("articles").get("read").asInt()).isEqualTo(10);
        assertThat(doc.get("articles").get("published").asInt()).isEqualTo(10);
        assertThat(doc.get("articles").get("rejected").asInt()).isZero();
        for (JsonNode incident : doc.get("incidents")) {
            for (String field : List.of("id", "date", "datePrecision", "kind", "facility", "settlement", "region",
                    "country", "latitude", "longitude", "militaryIndustrial", "unexplained", "cause", "outlets",
                    "mentions", "sources")) {
                assertThat(incident.has(field)).as("incident field %s", field).isTrue();
            }
            assertThat(incident.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            for (JsonNode source : incident.get("sources")) {
                for (String field : List.of("articleId", "outlet", "url", "published", "evidence")) {
                    assertThat(source.has(field)).as("source field %s", field).isTrue();
                }
            }
        }
        JsonNode peak = null;
        for (JsonNode count : doc.get("counts")) {
            for (String field : List.of("country", "windowStart", "windowEnd", "count", "incidentIds")) {
                assertThat(count.has(field)).as("count field %s", field).isTrue();
            }
            if (count.get("windowEnd").asText().equals("2024-02-07")) {
                peak = count;
            }
        }
        assertThat(peak).isNotNull();
        assertThat(peak.get("count").asInt()).isEqualTo(5);
        assertThat(peak.get("windowStart").asText()).isEqualTo("2023-10-08");
        assertThat(doc.get("alerts")).hasSize(1);
        JsonNode alert = doc.get("alerts").get(0);
        for (String field : List.of("id", "status", "rule", "country", "threshold", "count", "windowStart", "windowEnd",
                "incidentIds", "summary")) {
            assertThat(alert.has(field)).as("alert field %s", field).isTrue();
        }
        assertThat(alert.get("status").asText()).isEqualTo("FIRING");
    }

    @Test
    void shouldPrintAReadableReportAndFailWithOneLineOnBadInput() {
        JarProcess.Result report = JarProcess.run(LIMIT, "analyze", "examples/articles/2024-02-09-eurasia-desk-votkinsk.json");
        assertThat(report.exitCode()).as(report.stderr()).isZero();
        assertThat(report.stdout()).contains("Incidents (").contains("2024-02-07").contains("Udmurtia");

        JarProcess.Result missing = JarProcess.run(LIMIT, "analyze", "no/such/dir");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr().lines().filter(l -> l.startsWith("blastwatch: ")).toList()).hasSize(1);
        assertThat(missing.stderr()).doesNotContain("\tat ");

        JarProcess.Result usage = JarProcess.run(LIMIT, "analyze", "--no-such-option", "x");
        assertThat(usage.exitCode()).isNotZero();
        assertThat(usage.stderr()).contains("Unknown option");
    }
}
