package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.blastwatch.app.Pipeline;
import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.topology.Topics;
import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.serde.Json;
import io.blastwatch.testing.JarProcess;
import io.blastwatch.testing.KafkaFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The downstream consumer: the alerts command posting to a webhook that is down at first. */
class AlertsCommandIT {

    private KafkaFixture kafka;
    private HttpServer webhook;
    private final AtomicBoolean up = new AtomicBoolean(false);
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        kafka = new KafkaFixture();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            attempts.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = up.get() ? 200 : 503;
            if (up.get()) {
                delivered.add(new String(body, StandardCharsets.UTF_8));
                keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stop() {
        webhook.stop(0);
        kafka.close();
    }

    @Test
    void shouldDeliverTheAlertOnceTheWebhookComesBackEvenAcrossARestart() throws Exception {
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
        String[] args = {"alerts", "--bootstrap-servers", kafka.bootstrap(), "--webhook", url, "--from-beginning", "--json"};

        try (JarProcess consumer = JarProcess.start(args); Pipeline pipeline = kafka.startPipeline(Map.of())) {
            consumer.awaitStderr("alerts: waiting for alerts", Duration.ofSeconds(60));
            kafka.ingest(List.of("examples/articles"));
            awaitAttempts(3);
            assertThat(delivered).isEmpty();
            consumer.stop(Duration.ofSeconds(30));
            assertThat(consumer.stdout()).contains("\"status\":\"FIRING\"");
        }

        up.set(true);
        try (JarProcess restarted = JarProcess.start(args)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (delivered.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(delivered).as("the alert that failed before the restart is delivered after it").isNotEmpty();
            Thread.sleep(3_000);
            Alert last = Json.fromString(delivered.get(delivered.size() - 1), Alert.class);
            Alert current = TopicSnapshot.latest(kafka.client(), Topics.ALERTS).get(last.id());
            assertThat(last).as("the last state delivered is the alert's final state").isEqualTo(current);
            assertThat(last.status()).isEqualTo(AlertStatus.FIRING);
            assertThat(last.count()).isEqualTo(5);
            assertThat(keys).as("no alert state delivered twice").doesNotHaveDuplicates()
                    .allSatisfy(k -> assertThat(k).startsWith(last.id() + ":FIRING:"));
            restarted.stop(Duration.ofSeconds(30));
        }
    }

    private void awaitAttempts(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (attempts.get() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + attempts.get() + " webhook attempts");
            }
            Thread.sleep(200);
        }
    }
}
