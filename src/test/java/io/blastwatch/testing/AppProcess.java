package io.blastwatch.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.topology.Topics;

/** The packaged application run as a service in its own JVM against a test broker, killed and restarted at will. */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String bootstrap;
    private final String applicationId;
    private final Path dataDir;
    private final int httpPort;
    private final List<String> settings;
    private JarProcess process;

    /**
     * @param settings further {@code key=value} settings; one stream thread per instance unless told otherwise
     */
    public AppProcess(String bootstrap, String applicationId, Path dataDir, String... settings) {
        this.bootstrap = bootstrap;
        this.applicationId = applicationId;
        this.dataDir = dataDir;
        this.httpPort = Ports.free();
        this.settings = List.of(settings);
    }

    /** Starts the process, or starts it again on the same data directory and port after it was killed. */
    public AppProcess start() throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("run", "--bootstrap-servers", bootstrap,
                "--data-dir", dataDir.toString(), "-s", "application.id=" + applicationId, "-s", "http.port=" + httpPort,
                "-s", "stream.threads=1"));
        settings.forEach(s -> args.addAll(List.of("-s", s)));
        process = JarProcess.start(args.toArray(String[]::new));
        process.awaitStderr("blastwatch: running on Kafka", Duration.ofSeconds(120));
        return this;
    }

    /** SIGKILL: no shutdown hook, no flush, no commit. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    public int httpPort() {
        return httpPort;
    }

    public boolean alive() {
        return process != null && process.alive();
    }

    public String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Waits until the running instances have nothing left to do: every instance reports a consumer lag of zero, and the
     * output topics have not changed for the quiet period.
     */
    public static void awaitIdle(Map<String, Object> client, List<AppProcess> instances, Duration quiet, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Integer> last = List.of();
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            boolean caughtUp = true;
            for (AppProcess app : instances) {
                if (app.alive()) {
                    String metrics = app.get("/metrics");
                    caughtUp &= metrics.contains("blastwatch_consumer_lag_max 0.0");
                }
            }
            List<Integer> sizes = new ArrayList<>();
            for (var topic : List.of(Topics.INCIDENT_MENTIONS, Topics.INCIDENTS, Topics.COUNTS, Topics.ALERTS)) {
                sizes.add(TopicSnapshot.all(client, topic).size());
            }
            if (!caughtUp || !sizes.equals(last)) {
                last = sizes;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > quiet.toNanos()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the application did not become idle within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.alive()) {
            process.stop(Duration.ofSeconds(60));
        }
    }

}
