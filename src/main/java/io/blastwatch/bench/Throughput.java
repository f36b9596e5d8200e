package io.blastwatch.bench;

/**
 * Records moved in a measured time.
 *
 * @param resent records sent again after their producer stalled until its batches expired: the time then includes
 *               that stall (two minutes by default), and the figure says more about the stall than about the rate
 */
public record Throughput(long records, long bytes, long nanos, long resent) {

    public double recordsPerSecond() {
        return records / seconds();
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }

    public double seconds() {
        return nanos / 1e9;
    }

    @Override
    public String toString() {
        String figure = String.format("%,d articles (%.1f MB) in %.1f s: %,.0f articles/s, %.1f MB/s", records,
                bytes / 1e6, seconds(), recordsPerSecond(), megabytesPerSecond());
        return resent == 0 ? figure : figure + String.format(" (not a fair figure: %,d articles were sent again after"
                + " their producer stalled until its batches expired)", resent);
    }
}
