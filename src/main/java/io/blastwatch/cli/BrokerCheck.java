package io.blastwatch.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Before a command publishes to a running broker: is there one, and does it have the topic? Without this check the
 * producer waits a minute per record for metadata that never comes, and says nothing a new user can act on.
 */
final class BrokerCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private BrokerCheck() {
    }

    static void requireTopic(Map<String, Object> client, String topic) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        Object bootstrap = client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin admin = Admin.create(props)) {
            if (!admin.listTopics().names().get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS).contains(topic)) {
                throw new IllegalStateException("the broker at " + bootstrap + " has no topic " + topic
                        + "; start blastwatch run once (it creates the topics), or run blastwatch topics");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no Kafka broker answers at " + bootstrap + " within " + TIMEOUT.toSeconds()
                    + " s; start blastwatch run first (it starts the embedded broker), or pass --bootstrap-servers");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for the broker at " + bootstrap, e);
        }
    }
}
