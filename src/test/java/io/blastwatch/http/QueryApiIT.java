package io.blastwatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * The query API after the example articles are ingested, on two instances that share the partitions: each answers
 * for every key, forwarding to the other what it does not hold.
 */
class QueryApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerEveryQueryOnEitherInstance() throws Exception {
        try (KafkaFixture kafka = new KafkaFixture()) {
            String applicationId = "api-" + UUID.randomUUID();
            List<Instance> instances = new ArrayList<>();
            try {
                instances.add(new Instance(kafka, applicationId));
                instances.add(new Instance(kafka, applicationId));
                int published = kafka.ingest(List.of("examples/articles")).published();
                for (Instance i : instances) {
                    KafkaFixture.awaitIdle(i.pipeline, 0);
                }
                assertThat(published).isEqualTo(10);

                List<String> all = null;
                for (Instance i : instances) {
                    JsonNode incidents = get(i, "/api/incidents");
                    List<String> ids = new ArrayList<>();
                    incidents.forEach(n -> ids.add(n.get("id").asText()));
                    assertThat(ids).hasSize(11);
                    if (all == null) {
                        all = ids;
                    }
                    assertThat(ids).as("instance on port %d sees every incident", i.server.port()).isEqualTo(all);
                }
                for (String id : all) {
                    for (Instance i : instances) {
                        assertThat(get(i, "/api/incidents/" + id).get("id").asText()).isEqualTo(id);
                    }
                }
                for (Instance i : instances) {
                    JsonNode count = get(i, "/api/counts?country=RU&at=2024-02-07");
                    assertThat(count.get("count").asInt()).isEqualTo(5);
                    assertThat(count.get("windowStart").asText()).isEqualTo("2023-10-08");
                    JsonNode series = get(i, "/api/counts/series?country=RU&from=2024-02-06&to=2024-03-01");
                    assertThat(series.get(0).get("count").asInt()).isEqualTo(4);
                    assertThat(series.get(1).get("count").asInt()).isEqualTo(5);
                    assertThat(series.get(series.size() - 1).get("count").asInt()).as("31 October has left").isEqualTo(4);
                    assertThat(get(i, "/api/alerts")).singleElement()
                            .satisfies(a -> assertThat(a.get("status").asText()).isEqualTo("FIRING"));
                    JsonNode filtered = get(i, "/api/incidents?country=UA");
                    assertThat(filtered).singleElement().satisfies(n -> assertThat(n.get("kind").asText()).isEqualTo("SHELLING"));
                    assertThat(get(i, "/api/incidents?unexplained=false&kind=DRONE_STRIKE")).hasSize(2);
                }
                Instance first = instances.get(0);
                assertThat(status(first, "/api/incidents/no-such-id")).isEqualTo(404);
                assertThat(status(first, "/api/counts?country=RU&at=31-02-2024")).isEqualTo(400);
                assertThat(status(first, "/api/incidents?kind=VOLCANO")).isEqualTo(400);
                assertThat(status(first, "/api/nothing")).isEqualTo(404);
                assertThat(status(first, "/api/incidents?contry=UA")).as("a typo is not ignored").isEqualTo(400);
                assertThat(status(first, "/api/incidents?from=2024-03-01&to=2024-01-01")).isEqualTo(400);
                assertThat(status(first, "/api/counts/series?country=RU&from=2024-03-01&to=2024-01-01")).isEqualTo(400);
                assertThat(get(first, "/api/health").get("status").asText()).isEqualTo("UP");
                double gauges = 0;
                for (Instance i : instances) {
                    String text = http.send(request(i, "/metrics"), HttpResponse.BodyHandlers.ofString()).body();
                    gauges += text.lines().filter(l -> l.startsWith("blastwatch_incidents "))
                            .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1))).sum();
                }
                assertThat(gauges).as("blastwatch_incidents of both instances: exact, not RocksDB's estimate")
                        .isEqualTo(11.0);
                String metrics = http.send(request(first, "/metrics"), HttpResponse.BodyHandlers.ofString()).body();
                assertThat(metrics).contains("blastwatch_topic_records{topic=\"articles-raw\"} 10.0")
                        .contains("kafka_stream_thread_process_total");
            } finally {
                for (Instance i : instances) {
                    i.close();
                }
            }
        }
    }

    private JsonNode get(Instance instance, String path) throws Exception {
        HttpResponse<String> response = http.send(request(instance, path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private int status(Instance instance, String path) throws Exception {
        HttpResponse<String> response = http.send(request(instance, path), HttpResponse.BodyHandlers.ofString());
        assertThat(Json.mapper().readTree(response.body()).get("error").asText()).isNotBlank();
        return response.statusCode();
    }

    private static HttpRequest request(Instance instance, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.server.port() + path)).build();
    }

    /** One instance as run wires it: HTTP server, pipeline told the server's address, API attached. */
    private static final class Instance implements AutoCloseable {
        final ApiServer server;
        final Pipeline pipeline;
        final ArticlePublisher publisher;

        Instance(KafkaFixture kafka, String applicationId) throws Exception {
            server = ApiServer.start("127.0.0.1", 0);
            Map<String, Object> values = new HashMap<>();
            values.put(BlastwatchConfig.APPLICATION_ID, applicationId);
            values.put(BlastwatchConfig.BOOTSTRAP_SERVERS, kafka.bootstrap());
            values.put(BlastwatchConfig.STREAM_THREADS, "1");
            BlastwatchConfig config = new BlastwatchConfig(values);
            HostInfo self = new HostInfo("127.0.0.1", server.port());
            pipeline = Pipeline.start(config, kafka.bootstrap(), Files.createTempDirectory("api-state-"),
                    PipelineDriver.gazetteer(), "127.0.0.1:" + server.port());
            publisher = new ArticlePublisher(kafka.client(), Clock.systemUTC());
            server.attach(pipeline.streams(), self, new RollingWindow(4), 5, new ArticleParser(new ArticleDefaults()),
                    publisher, kafka.client());
        }

        @Override
        public void close() {
            server.close();
            publisher.close();
            pipeline.close();
        }
    }
}
