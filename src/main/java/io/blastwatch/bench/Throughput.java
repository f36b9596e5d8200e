package io.blastwatch.bench;

/** Records moved in a measured time. */
public record Throughput(long records, long bytes, long nanos) {

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
        return String.format("%,d articles (%.1f MB) in %.1f s: %,.0f articles/s, %.1f MB/s", records, bytes / 1e6,
                seconds(), recordsPerSecond(), megabytesPerSecond());
    }
}
