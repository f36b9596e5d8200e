package io.blastwatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.blastwatch.topology.Topics;

/**
 * The resident memory of {@code run} with its embedded broker, started as a user starts it ({@code java [options]
 * -jar}), idle and then while it works through a load of articles. Read from {@code /proc}: Linux only.
 */
final class MemoryRun {

    /** Resident set sizes in kilobytes: settled after start, and the highest the kernel saw. */
    record Memory(long idleKb, long peakKb) {
        @Override
        public String toString() {
            return String.format("idle %d MB, peak under load %d MB", idleKb / 1024, peakKb / 1024);
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration WORK_TIMEOUT = Duration.ofMinutes(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Lines of run's log shown when it fails. */
    private static final int LOG_LINES = 30;

    private MemoryRun() {
    }

    /** The jar this code runs from, when it runs from one. */
    static Optional<Path> ownJar() {
        try {
            Path location = Path.of(MemoryRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") && Files.isDirectory(Path.of("/proc/self"))
                    ? Optional.of(location) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** @param javaOptions options of the {@code java} command, such as a heap limit */
    /**
     * @param environment variables set for {@code run} besides the bench's own, such as {@code MALLOC_ARENA_MAX} or a
     *                    {@code BLASTWATCH_*} setting
     */
    static Memory measure(Path jar, List<String> javaOptions, Map<String, String> environment,
                          List<GeneratedArticle> load, Duration settle, Consumer<String> progress) throws Exception {
        Path dataDir = Files.createTempDirectory("blastwatch-bench-run-");
        Path stderr = dataDir.resolve("run.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString(), "run", "--data-dir", dataDir.resolve("data").toString(),
                "-s", "broker.port=0", "-s", "broker.controller.port=0", "-s", "http.port=0"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        Process run = builder.start();
        try {
            String started = awaitStarted(run, stderr);
            String bootstrap = find(started, "running on Kafka at (\\S+?)[ ;]");
            String http = find(started, "API at (http://[^/]+)/");
            Thread.sleep(settle.toMillis());
            long idle = status(run.pid(), "VmRSS");
            progress.accept("run is idle at " + idle / 1024 + " MB; sending " + load.size() + " articles");
            Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);
            long sendStarted = System.nanoTime();
            ArticleSender.send(client, Topics.ARTICLES_RAW.name(), load);
            long caughtUp;
            try {
                caughtUp = awaitCaughtUp(http, run);
            } catch (Exception e) {
                // Its log goes with its data directory below: what it said last is the reason a user needs.
                throw new IllegalStateException("run " + (run.isAlive() ? "stopped answering" : "exited with code "
                        + run.waitFor()) + " while it worked (" + e.getMessage() + "); the end of its log:\n"
                        + tail(stderr, LOG_LINES), e);
            }
            // The cost of a smaller footprint shows as a slower run: its rate is part of the figure.
            progress.accept(String.format("run worked through %,d articles in %.0f s (%,.0f articles/s)", load.size(),
                    (caughtUp - sendStarted) / 1e9, load.size() * 1e9 / Math.max(1, caughtUp - sendStarted)));
            return new Memory(idle, status(run.pid(), "VmHWM"));
        } finally {
            run.destroy();
            if (!run.waitFor(60, TimeUnit.SECONDS)) {
                run.destroyForcibly();
            }
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits for the line saying where the instance runs, and returns it. */
    private static String awaitStarted(Process run, Path stderr) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            for (String line : Files.readAllLines(stderr)) {
                if (line.startsWith("blastwatch: running on Kafka")) {
                    return line;
                }
            }
            if (!run.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("run did not start:\n" + Files.readString(stderr));
            }
            Thread.sleep(200);
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected start-up line: " + text);
        }
        return m.group(1);
    }

    /**
     * Waits until the instance reports no lag for five seconds in a row; returns the {@link System#nanoTime()} at
     * which it first reported none.
     */
    private static long awaitCaughtUp(String http, Process run) throws Exception {
        long deadline = System.nanoTime() + WORK_TIMEOUT.toNanos();
        int quietSeconds = 0;
        long firstQuiet = System.nanoTime();
        Thread.sleep(2000);
        while (quietSeconds < 5) {
            if (!run.isAlive()) {
                throw new IllegalStateException("run is gone");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("run did not catch up within " + WORK_TIMEOUT);
            }
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(http + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            quietSeconds = metrics.contains("blastwatch_consumer_lag_max 0.0") ? quietSeconds + 1 : 0;
            if (quietSeconds == 1) {
                firstQuiet = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        return firstQuiet;
    }

    /** The last lines of a log file, or a note that it could not be read. */
    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(its log could not be read: " + e.getMessage() + ")";
        }
    }

    /** A size field of {@code /proc/PID/status}, in kilobytes. */
    private static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + pid + "/status");
    }
}
