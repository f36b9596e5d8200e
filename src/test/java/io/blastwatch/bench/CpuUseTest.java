package io.blastwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void shouldReadUserAndSystemTicksOfAKnownNativeThread() {
        // utime 250 and stime 30 ticks of 10 ms; the name holds a space, as the compilers' names do.
        String stat = "4711 (C2 CompilerThre) S 4690 4690 4 0 -1 4194368 9 0 0 0 250 30 0 0 20 0 61 0 812 0 0";

        CpuUse.NativeThread thread = CpuUse.NativeThread.parse(stat);

        assertThat(thread).isEqualTo(new CpuUse.NativeThread("JIT compiler C2 (optimising)", 2_800_000_000L));
    }

    @Test
    void shouldFindTheEndOfANameThatHoldsParentheses() {
        String stat = "12 (rocksdb:low (1)) R 1 1 1 0 -1 0 0 0 0 0 7 3 0 0";

        assertThat(CpuUse.NativeThread.parse(stat)).isEqualTo(
                new CpuUse.NativeThread("RocksDB flushes and compactions", 100_000_000L));
    }

    @Test
    void shouldLeaveJavaThreadsAndBrokenLinesToTheThreadBean() {
        // A Java thread: the thread bean already counts it, so it must not count twice.
        assertThat(CpuUse.NativeThread.parse("13 (kafka-producer-) S 1 1 1 0 -1 0 0 0 0 0 7 3 0 0")).isNull();
        assertThat(CpuUse.NativeThread.parse("14 (GC Thread#0) S 1 1")).isNull();
        assertThat(CpuUse.NativeThread.parse("15 (G1 Refine#0) S 1 1 1 0 -1 0 0 0 0 0 x 3 0 0")).isNull();
        assertThat(CpuUse.NativeThread.parse("")).isNull();
    }

    @Test
    void shouldNameTheJvmsOwnThreadsByWhatTheyDo() {
        assertThat(CpuUse.nativeKind("C1 CompilerThre")).isEqualTo("JIT compiler C1 (quick)");
        assertThat(CpuUse.nativeKind("G1 Conc#0")).isEqualTo("garbage collector and VM operations");
        assertThat(CpuUse.nativeKind("VM Thread")).isEqualTo("garbage collector and VM operations");
        assertThat(CpuUse.nativeKind("rocksdb:high")).isEqualTo("RocksDB flushes and compactions");
        assertThat(CpuUse.nativeKind("main")).isNull();
    }

    @Test
    void shouldListNativeKindsAfterJavaThreadsAndLeaveTheRestToTheLastLine() {
        long second = 1_000_000_000L;
        CpuUse cpu = new CpuUse(100, second, 4 * second, 2 * second,
                Map.of("app-StreamThread-N", second), Map.of("JIT compiler C2 (optimising)", 2 * second));

        assertThat(cpu.breakdown().lines().toList()).containsExactly("",
                "  0.50 cores  app-StreamThread-N",
                "  1.00 cores  JIT compiler C2 (optimising)",
                "  0.50 cores  in no thread named above");
    }

    @Test
    void shouldSayWhatTheRestMayBeWhereNativeThreadsAreNotListed() {
        long second = 1_000_000_000L;
        CpuUse cpu = new CpuUse(100, second, 3 * second, 2 * second, Map.of("app-StreamThread-N", second), Map.of());

        assertThat(cpu.breakdown()).endsWith(
                "  1.00 cores  not in a Java thread (JIT compilers, garbage collector, RocksDB)");
    }

    @Test
    void shouldMeasureItsOwnThreadWhenItWorks() {
        CpuUse.Meter meter = new CpuUse.Meter();
        long sum = 0;
        for (int i = 0; i < 50_000_000; i++) {
            sum += i % 7;
        }
        CpuUse cpu = meter.stop(1);

        assertThat(sum).isPositive();
        assertThat(cpu.processNanos()).isPositive();
        assertThat(cpu.nanosByThreadGroup().values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }
}
