package io.blastwatch.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.blastwatch.model.Alert;
import io.blastwatch.model.Ids;
import io.blastwatch.serde.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts alerts as JSON to a webhook. A webhook that is down or failing (connection errors, timeouts, 408, 429, 5xx)
 * is retried with exponential backoff for as long as it takes: an alert is never dropped. Every post carries an
 * {@code Idempotency-Key} that is the same for the same alert content, so a receiver can ignore a repeat.
 */
public final class WebhookDelivery implements AlertFeed.Handler {

    /** Waits between retries; a test passes one that does not really sleep. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REJECTED_ATTEMPTS = 5;

    private final URI url;
    private final HttpClient http;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Pause pause;

    public WebhookDelivery(URI url, Duration firstBackoff, Duration maxBackoff, Pause pause) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.pause = pause;
    }

    public static WebhookDelivery standard(URI url) {
        return new WebhookDelivery(url, Duration.ofMillis(500), Duration.ofMinutes(1), d -> Thread.sleep(d.toMillis()));
    }

    public static String idempotencyKey(Alert alert) {
        return alert.id() + ":" + alert.status() + ":" + Ids.hash(Json.toString(alert), 12);
    }

    @Override
    public void handle(Alert alert, Runnable keepAlive) throws InterruptedException {
        String body = Json.toString(alert);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey(alert))
                .header("X-Blastwatch-Alert-Id", alert.id())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Duration backoff = firstBackoff;
        int rejected = 0;
        for (int attempt = 1; ; attempt++) {
            String problem;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    log.info("Delivered alert {} ({}) to {} on attempt {}", alert.id(), alert.status(), url, attempt);
                    return;
                }
                problem = "HTTP " + status;
                if (status / 100 == 4 && status != 408 && status != 429 && ++rejected >= MAX_REJECTED_ATTEMPTS) {
                    // The receiver keeps refusing this alert as malformed: waiting longer will not change that.
                    log.error("Webhook {} refused alert {} {} times ({}); giving up on it", url, alert.id(), rejected, problem);
                    return;
                }
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            log.warn("Webhook {} failed for alert {} (attempt {}, {}); retrying in {} ms", url, alert.id(), attempt,
                    problem, backoff.toMillis());
            waitWhileAlive(backoff, keepAlive);
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
    }

    private void waitWhileAlive(Duration total, Runnable keepAlive) throws InterruptedException {
        Duration step = Duration.ofSeconds(1);
        Duration left = total;
        while (!left.isNegative() && !left.isZero()) {
            Duration now = left.compareTo(step) < 0 ? left : step;
            pause.pause(now);
            keepAlive.run();
            left = left.minus(now);
        }
    }
}
