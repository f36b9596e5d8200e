package io.blastwatch.bench;

import java.util.ArrayList;
import java.util.List;

/** Latencies in milliseconds, safe to add to from a consumer thread while the main thread waits. */
public final class LatencySamples {

    private final List<Double> millis = new ArrayList<>();

    public synchronized void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    public synchronized int count() {
        return millis.size();
    }

    /** The given percentile (0..100) by the nearest-rank method; NaN without samples. */
    public synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    @Override
    public String toString() {
        return count() == 0 ? "no samples" : String.format("p50 %.0f ms, p99 %.0f ms, max %.0f ms over %,d samples",
                percentile(50), percentile(99), percentile(100), count());
    }
}
