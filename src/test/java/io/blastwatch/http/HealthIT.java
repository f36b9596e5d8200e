package io.blastwatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.Pipeline;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.window.RollingWindow;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health tells the truth: "starting" with 503 on every route until all are ready (never a 405 for a route that
 * exists), DOWN while the broker is away although Kafka Streams still says RUNNING, UP again once it is back.
 */
class HealthIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldReportStartingThenUpThenDownDuringABrokerOutageThenUpAgain(@TempDir Path root) throws Exception {
        try (KafkaFixture kafka = new KafkaFixture(root.resolve("broker"));
             ApiServer server = ApiServer.start("127.0.0.1", 0);
             ArticlePublisher publisher = new ArticlePublisher(kafka.client(), Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + server.port();

            HttpResponse<String> push = send(HttpRequest.newBuilder(URI.create(base + "/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"A blast.\"}")).build());
            assertThat(push.statusCode()).as("POST /articles before the pipeline runs").isEqualTo(503);
            assertThat(push.headers().firstValue("Retry-After")).isPresent();
            assertThat(Json.mapper().readTree(push.body()).get("error").asText()).startsWith("starting");
            assertThat(get(base + "/api/incidents").statusCode()).isEqualTo(503);
            HttpResponse<String> starting = get(base + "/api/health");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(body(starting).get("reason").asText()).startsWith("starting");

            Map<String, Object> values = Map.of(BlastwatchConfig.APPLICATION_ID, "health",
                    BlastwatchConfig.BOOTSTRAP_SERVERS, kafka.bootstrap(), BlastwatchConfig.STREAM_THREADS, "1");
            try (Pipeline pipeline = Pipeline.start(new BlastwatchConfig(values), kafka.bootstrap(),
                    root.resolve("state"), PipelineDriver.gazetteer(),
                    "127.0.0.1:" + server.port())) {
                server.attach(pipeline.streams(), new HostInfo("127.0.0.1", server.port()), new RollingWindow(4), 5,
                        new ArticleParser(new ArticleDefaults()), publisher, kafka.client());
                awaitHealth(base, "UP", Duration.ofSeconds(60));
                assertThat(get(base + "/api/incidents").statusCode()).isEqualTo(200);

                kafka.stopBroker();
                long stopped = System.nanoTime();
                JsonNode down = awaitHealth(base, "DOWN", Duration.ofSeconds(15));
                assertThat(down.get("pipeline").asText()).as("Kafka Streams itself still says").isIn("RUNNING",
                        "REBALANCING");
                assertThat(down.get("broker").asText()).isEqualTo("UNREACHABLE");
                assertThat(down.get("reason").asText()).contains("brokers do not answer");
                System.out.printf("health DOWN %.1f s after the broker stopped%n", (System.nanoTime() - stopped) / 1e9);

                kafka.startBroker();
                JsonNode up = awaitHealth(base, "UP", Duration.ofSeconds(60));
                assertThat(up.get("broker").asText()).isEqualTo("REACHABLE");
            }
        }
    }

    private JsonNode awaitHealth(String base, String status, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(base + "/api/health");
            last = body(r);
            if (last.get("status").asText().equals(status)) {
                assertThat(r.statusCode()).isEqualTo(status.equals("UP") ? 200 : 503);
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("health not " + status + " within " + within.toSeconds() + " s; last answer " + last);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }
}
