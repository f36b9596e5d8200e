package io.blastwatch.cli;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.blastwatch.alert.AlertFeed;
import io.blastwatch.alert.WebhookDelivery;
import io.blastwatch.model.Alert;
import io.blastwatch.serde.Json;
import io.blastwatch.topology.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "The downstream consumer: prints alerts as they are committed, and with --webhook posts each "
                + "one as JSON, retrying with backoff while the webhook is down. It shows the alerts committed after "
                + "it starts, or all of them with --from-beginning, so it may start before or after the pipeline.")
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Option(names = "--from-beginning", description = "Also read the alerts already on the topic.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print each alert as one JSON line.")
    boolean json;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert to this URL (Idempotency-Key header "
            + "per alert state); progress is kept in a consumer group so nothing is lost across restarts.")
    URI webhook;

    @Option(names = "--group", paramLabel = "ID", description = "Consumer group that keeps progress "
            + "(default with --webhook: blastwatch-alerts-webhook; without: none).")
    String group;

    @Override
    public Integer call() throws Exception {
        String groupId = group != null ? group : webhook != null ? "blastwatch-alerts-webhook" : null;
        WebhookDelivery delivery = webhook == null ? null : WebhookDelivery.standard(webhook);
        CountDownLatch done = new CountDownLatch(1);
        try (AlertFeed feed = new AlertFeed(SettingOptions.clientProperties(options.config()), Topics.ALERTS.name(),
                Topics.ALERTS.valueSerde().deserializer(), groupId, fromBeginning)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                feed.stop();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "alerts-shutdown"));
            System.err.println("alerts: waiting for alerts" + (webhook == null ? "" : ", posting them to " + webhook)
                    + "; Ctrl-C stops");
            feed.run((alert, keepAlive) -> {
                print(alert);
                if (delivery != null) {
                    delivery.handle(alert, keepAlive);
                }
            });
        } finally {
            done.countDown();
        }
        return 0;
    }

    private void print(Alert alert) {
        if (json) {
            System.out.println(Json.toString(alert));
        } else {
            System.out.printf("%s %-10s %s  %s [%s]%n", Instant.now(), alert.status(), alert.country(), alert.summary(),
                    alert.id());
        }
        System.out.flush();
    }
}
