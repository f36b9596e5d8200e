package io.blastwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time spent during a phase: by the pipeline's stream threads, and by the whole process (the broker, the
 * producers, the compiler and the collector too). Per article, the stream threads' share is the cost of our
 * processing; unlike the wall-clock rate, it does not move when the compiler or the broker take the cores for a while,
 * so two runs of different code compare better by it.
 */
public record CpuUse(long articles, long streamThreadNanos, long processNanos, long wallNanos,
                     Map<String, Long> nanosByThreadGroup, Map<String, Long> nanosByNativeKind) {

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
     * Where the process's cores went, largest first: Java threads by kind (names without their numbers and ids), then
     * the threads of the JVM and of RocksDB that are no Java threads, by what they do (read from the operating
     * system, on Linux), and what no thread named so far accounts for.
     */
    public String breakdown() {
        StringBuilder out = new StringBuilder();
        long named = 0;
        for (Map<String, Long> byKind : List.of(nanosByThreadGroup, nanosByNativeKind)) {
            for (Map.Entry<String, Long> e : byKind.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
                named += e.getValue();
                if ((double) e.getValue() / wallNanos >= 0.01) {
                    out.append(String.format("%n  %.2f cores  %s", (double) e.getValue() / wallNanos, e.getKey()));
                }
            }
        }
        String rest = nanosByNativeKind.isEmpty() ? "not in a Java thread (JIT compilers, garbage collector, RocksDB)"
                : "in no thread named above";
        out.append(String.format("%n  %.2f cores  %s", (double) Math.max(0, processNanos - named) / wallNanos, rest));
        return out.toString();
    }

    /**
     * What a thread that is no Java thread does, from its name as the operating system knows it, or null for any
     * other thread. The compilers are hidden Java threads that the thread bean does not list; the collector's, the
     * VM's and RocksDB's threads are native.
     */
    static String nativeKind(String osName) {
        if (osName.startsWith("C2 CompilerThre")) {
            return "JIT compiler C2 (optimising)";
        }
        if (osName.startsWith("C1 CompilerThre")) {
            return "JIT compiler C1 (quick)";
        }
        if (osName.startsWith("GC Thread") || osName.startsWith("G1 ") || osName.startsWith("VM Thread")) {
            return "garbage collector and VM operations";
        }
        if (osName.startsWith("rocksdb:")) {
            return "RocksDB flushes and compactions";
        }
        return null;
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
        private final Map<String, NativeThread> nativeStart;
        private final long processStart;
        private final long wallStart;

        Meter() {
            wallStart = System.nanoTime();
            processStart = processCpu();
            nativeStart = nativeThreads();
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
            Map<String, Long> byNativeKind = new HashMap<>();
            nativeThreads().forEach((tid, thread) -> {
                NativeThread start = nativeStart.get(tid);
                long used = thread.nanos() - (start == null ? 0 : start.nanos());
                byNativeKind.merge(thread.kind(), used, Long::sum);
            });
            return new CpuUse(articles, streams, processCpu() - processStart, wall, Map.copyOf(byGroup),
                    Map.copyOf(byNativeKind));
        }

        /**
         * The JVM's and RocksDB's own threads by thread id, with the CPU each used so far; empty where the operating
         * system does not list a process's threads in /proc.
         */
        private static Map<String, NativeThread> nativeThreads() {
            Map<String, NativeThread> found = new HashMap<>();
            Path tasks = Path.of("/proc/self/task");
            if (!Files.isDirectory(tasks)) {
                return found;
            }
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tasks)) {
                for (Path dir : dirs) {
                    NativeThread thread = NativeThread.parse(readQuietly(dir.resolve("stat")));
                    if (thread != null) {
                        found.put(dir.getFileName().toString(), thread);
                    }
                }
            } catch (IOException e) {
                return Map.of(); // the breakdown then lumps these threads together, as without /proc
            }
            return found;
        }

        private static String readQuietly(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                return ""; // the thread ended meanwhile
            }
        }

        private static long processCpu() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return Math.max(0, os.getProcessCpuTime());
            }
            return 0;
        }
    }

    /** One native thread of a kind {@link #nativeKind} knows, and its CPU time so far. */
    record NativeThread(String kind, long nanos) {
        /**
         * Linux counts a thread's CPU in clock ticks of USER_HZ, which is 100 on every architecture the JDK runs on.
         */
        private static final long NANOS_PER_TICK = 10_000_000L;

        /**
         * From a line of /proc/[pid]/task/[tid]/stat: "tid (name) state ..." with user and system time as the 14th and
         * 15th fields; the name sits in parentheses and may hold spaces and parentheses itself. Null for a thread of
         * no known kind or a line that is not such.
         */
        static NativeThread parse(String stat) {
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open || close + 2 > stat.length()) {
                return null;
            }
            String kind = nativeKind(stat.substring(open + 1, close));
            String[] fields = stat.substring(close + 2).trim().split(" ");
            if (kind == null || fields.length < 13) {
                return null;
            }
            try {
                // The fields after the name start with the state (field 3), so utime and stime are at 11 and 12.
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                return new NativeThread(kind, ticks * NANOS_PER_TICK);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

}
