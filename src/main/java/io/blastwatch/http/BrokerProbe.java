package io.blastwatch.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Asks the brokers every few seconds whether they answer. Kafka Streams stays RUNNING through a broker outage (it
 * only retries), so its state alone would report a pipeline that can neither read nor write as healthy.
 */
public final class BrokerProbe implements AutoCloseable {

    /** What the last probe found; {@code since} is when the brokers last changed between answering and not. */
    public record Status(boolean reachable, Instant since, String problem) {
    }

    static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final AtomicReference<Status> status;

    public BrokerProbe(Map<String, Object> clientProperties, Clock clock) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        this.admin = Admin.create(props);
        this.clock = clock;
        this.status = new AtomicReference<>(new Status(true, clock.instant(), null));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "blastwatch-broker-probe");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::probe, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Status status() {
        return status.get();
    }

    private void probe() {
        String problem = null;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            problem = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        boolean reachable = problem == null;
        Status before = status.get();
        Instant since = before.reachable() == reachable ? before.since() : clock.instant();
        status.set(new Status(reachable, since, problem));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        admin.close(Duration.ofSeconds(1));
    }
}
