package io.blastwatch.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latencies in milliseconds, safe to add to from a consumer thread while the main thread waits. */
public final class LatencySamples {

    /** A latency and when its article was sent, on the clock of {@link System#nanoTime}. */
    private record Sample(double millis, long sentNanos) {
    }

    private final List<Sample> samples = new ArrayList<>();

    /** A latency of {@code nanos} for an article sent at {@code sentNanos}. */
    public synchronized void add(long nanos, long sentNanos) {
        samples.add(new Sample(nanos / 1e6, sentNanos));
    }

    public synchronized int count() {
        return samples.size();
    }

    /** The given percentile (0..100) by the nearest-rank method; NaN without samples. */
    public synchronized double percentile(double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples.stream().map(Sample::millis).toList());
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /**
     * When the slowest hundredth of the articles (at least one) were sent, by whole seconds after the first send,
     * with how many in each second: "3 s: 12, 17 s: 2". A p99 made by one stall shows as one or two seconds; one
     * made by a queue that grows shows as the last seconds.
     */
    public synchronized String slowestBySecond() {
        if (samples.isEmpty()) {
            return "no samples";
        }
        long first = samples.stream().mapToLong(Sample::sentNanos).min().orElseThrow();
        int slowest = Math.max(1, samples.size() / 100);
        Map<Long, Integer> bySecond = new TreeMap<>();
        samples.stream().sorted(Comparator.comparingDouble(Sample::millis).reversed()).limit(slowest)
                .forEach(s -> bySecond.merge((s.sentNanos() - first) / 1_000_000_000L, 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        bySecond.forEach((second, n) -> out.append(out.isEmpty() ? "" : ", ").append(second).append(" s: ").append(n));
        return out.toString();
    }

    @Override
    public String toString() {
        return count() == 0 ? "no samples" : String.format("p50 %.0f ms, p99 %.0f ms, max %.0f ms over %,d samples",
                percentile(50), percentile(99), percentile(100), count());
    }
}
