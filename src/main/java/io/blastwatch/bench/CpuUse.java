package io.blastwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time spent during a phase: by the pipeline's stream threads, and by the whole process (the broker, the
 * producers, the compiler and the collector too). Per article, the stream threads' share is the cost of our
 * processing; unlike the wall-clock rate, it does not move when the compiler or the broker take the cores for a while,
 * so two runs of different code compare better by it.
 */
public record CpuUse(long articles, long streamThreadNanos, long processNanos, long wallNanos,
                     Map<String, Long> nanosByThreadGroup) {

    public double streamThreadMillisPerArticle() {
        return streamThreadNanos / 1e6 / articles;
    }

    public double processMillisPerArticle() {
        return processNanos / 1e6 / articles;
    }

    /** Cores the stream threads used on average over the phase. */
    public double streamThreadCores() {
        return (double) streamThreadNanos / wallNanos;
    }

    public double processCores() {
        return (double) processNanos / wallNanos;
    }

    @Override
    public String toString() {
        return String.format("stream threads %.2f ms an article (%.2f cores), whole process %.2f ms an article "
                + "(%.2f cores)", streamThreadMillisPerArticle(), streamThreadCores(), processMillisPerArticle(),
                processCores());
    }

    /**
     * Where the process's cores went, largest first: Java threads by kind (names without their numbers and ids),
     * and the rest of the process, which no Java thread accounts for: the JIT compilers, the garbage collector and
     * RocksDB's own threads.
     */
    public String breakdown() {
        StringBuilder out = new StringBuilder();
        long javaThreads = 0;
        for (Map.Entry<String, Long> e : nanosByThreadGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
            javaThreads += e.getValue();
            if ((double) e.getValue() / wallNanos >= 0.01) {
                out.append(String.format("%n  %.2f cores  %s", (double) e.getValue() / wallNanos, e.getKey()));
            }
        }
        out.append(String.format("%n  %.2f cores  not in a Java thread (JIT compilers, garbage collector, RocksDB)",
                (double) Math.max(0, processNanos - javaThreads) / wallNanos));
        return out.toString();
    }

    /** A thread's kind: its name without numbers and generated ids. */
    static String group(String threadName) {
        return threadName.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "*")
                .replaceAll("[0-9]+", "N");
    }

    /** The CPU clocks at the start of a phase. */
    static final class Meter {
        /** A stream thread's name ends so; its producer's network thread, "...-StreamThread-1-producer", does not. */
        private static final Pattern STREAM_THREAD = Pattern.compile(".*-StreamThread-[0-9]+");
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> startByThread = new HashMap<>();
        private final long processStart;
        private final long wallStart;

        Meter() {
            wallStart = System.nanoTime();
            processStart = processCpu();
            for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
                startByThread.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }

        /** The CPU used since the start, for this many articles; a thread started meanwhile counts whole. */
        CpuUse stop(long articles) {
            long wall = System.nanoTime() - wallStart;
            long streams = 0;
            Map<String, Long> byGroup = new HashMap<>();
            for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
                long now = threads.getThreadCpuTime(info.getThreadId());
                if (now <= 0) {
                    continue;
                }
                long used = now - startByThread.getOrDefault(info.getThreadId(), 0L);
                byGroup.merge(group(info.getThreadName()), used, Long::sum);
                if (STREAM_THREAD.matcher(info.getThreadName()).matches()) {
                    streams += used;
                }
            }
            return new CpuUse(articles, streams, processCpu() - processStart, wall, Map.copyOf(byGroup));
        }

        private static long processCpu() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return Math.max(0, os.getProcessCpuTime());
            }
            return 0;
        }
    }
}
