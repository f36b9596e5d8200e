package io.blastwatch.app;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Decides when the pipeline has done all the work it was given: every partition it reads is consumed to its end
 * and nothing was processed for a quiet period long enough for pending commits and alert evaluations to finish.
 */
public final class IdleDetector {

    private static final Duration POLL = Duration.ofMillis(100);

    private IdleDetector() {
    }

    /**
     * Blocks until the pipeline is idle.
     *
     * @param processedAtLeast records the pipeline must have processed first: the work that was handed to it
     * @return the {@link System#nanoTime()} at which the pipeline last made progress: when its work was done
     */
    public static long await(KafkaStreams streams, long processedAtLeast, Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        double lastProcessed = -1;
        long quietSince = System.nanoTime();
        while (true) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("pipeline stopped before finishing: state " + streams.state());
            }
            Map<MetricName, ? extends Metric> metrics = streams.metrics();
            double processed = sum(metrics, "stream-thread-metrics", "process-total");
            boolean caughtUp = maxLag(metrics) == 0 && processed >= processedAtLeast;
            if (processed != lastProcessed || !caughtUp) {
                lastProcessed = processed;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
                return quietSince;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("pipeline still busy after " + timeout.toSeconds() + " s ("
                        + (long) processed + " records processed, lag " + (long) maxLag(metrics) + ")");
            }
            sleep();
        }
    }

    /** Records processed so far by all stream threads, in every stage. */
    public static double processed(KafkaStreams streams) {
        return sum(streams.metrics(), "stream-thread-metrics", "process-total");
    }

    /**
     * Records of one topic that the pipeline's consumers have read so far: the progress of a long run over that input
     * (a read record is processed soon after; its results are committed with the next transaction).
     */
    public static long recordsRead(KafkaStreams streams, String topic) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (name.group().equals("consumer-fetch-manager-metrics") && name.name().equals("records-consumed-total")
                    && topic.equals(name.tags().get("topic")) && !name.tags().containsKey("partition")
                    && mainConsumer(name.tags().get("client-id"))) {
                Object value = e.getValue().metricValue();
                if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
                    total += n.doubleValue();
                }
            }
        }
        return (long) total;
    }

    private static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            if (e.getKey().group().equals(group) && e.getKey().name().equals(name)) {
                Object value = e.getValue().metricValue();
                if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
                    total += n.doubleValue();
                }
            }
        }
        return total;
    }

    /** The largest lag of any partition the pipeline's consumers read; unknown lags count as not caught up. */
    private static double maxLag(Map<MetricName, ? extends Metric> metrics) {
        double max = 0;
        boolean any = false;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName name = e.getKey();
            if (name.group().equals("consumer-fetch-manager-metrics") && name.name().equals("records-lag")
                    && name.tags().containsKey("partition") && mainConsumer(name.tags().get("client-id"))) {
                any = true;
                Object value = e.getValue().metricValue();
                double lag = value instanceof Number n ? n.doubleValue() : Double.NaN;
                max = Double.isNaN(lag) ? Math.max(max, 1) : Math.max(max, lag);
            }
        }
        return any ? max : 1;
    }

    /** A stream thread's main consumer; its restore consumer reads changelogs, not work. */
    private static boolean mainConsumer(String clientId) {
        String id = Objects.requireNonNullElse(clientId, "");
        return id.contains("StreamThread") && id.endsWith("-consumer") && !id.contains("restore");
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        }
    }
}
