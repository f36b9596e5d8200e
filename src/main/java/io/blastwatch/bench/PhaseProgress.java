package io.blastwatch.bench;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reports a phase's progress at a fixed interval while the phase runs: how many articles are done, of how many, and
 * at what rate over the last interval. A phase of the 100,000-article run takes minutes; a silent terminal for that
 * long looks like a hang.
 */
final class PhaseProgress implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(10);

    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param label what is counted, as it reads before the numbers ("pipeline: articles read")
     * @param total how many there are to do, or 0 when the phase has no fixed total
     * @param done  how many are done so far; read from the reporting thread
     */
    PhaseProgress(String label, long total, LongSupplier done, Consumer<String> progress, Duration interval) {
        this.thread = new Thread(() -> {
            long last = done.getAsLong();
            long lastAt = System.nanoTime();
            while (running) {
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                if (!running) {
                    return;
                }
                long now = System.nanoTime();
                long count = done.getAsLong();
                progress.accept(line(label, count, total, (count - last) * 1e9 / Math.max(1, now - lastAt)));
                last = count;
                lastAt = now;
            }
        }, "bench-progress");
        thread.setDaemon(true);
        thread.start();
    }

    PhaseProgress(String label, long total, LongSupplier done, Consumer<String> progress) {
        this(label, total, done, progress, INTERVAL);
    }

    static String line(String label, long count, long total, double perSecond) {
        return String.format("%s: %,d%s (%,.0f/s)", label, count, total > 0 ? String.format(" of %,d", total) : "",
                perSecond);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1_000);
    }
}
