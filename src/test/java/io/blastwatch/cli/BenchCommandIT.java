package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.blastwatch.testing.JarProcess;
import org.junit.jupiter.api.Test;

/** The README's benchmark command, small: every phase runs on its embedded broker and reports its figures. */
class BenchCommandIT {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final Pattern THROUGHPUT = Pattern.compile(
            "(\\d[\\d,]*) articles \\(([\\d.]+) MB\\) in ([\\d.]+) s: ([\\d,]+) articles/s, ([\\d.]+) MB/s");

    @Test
    void shouldMeasureEveryPhaseAndEndWithTheRatio() {
        JarProcess.Result result = JarProcess.run(LIMIT, "bench", "--articles", "600", "--rate", "50,100",
                "--latency-time", "4s", "--memory-articles", "200");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        // The breakdown of the pipeline's cores is indented under its CPU line.
        List<String> breakdown = result.stdout().lines().filter(l -> l.startsWith("  ")).toList();
        List<String> lines = result.stdout().lines().filter(l -> !l.startsWith("  ")).toList();
        assertThat(lines).hasSize(9);
        double ceiling = articlesPerSecond(lines.get(0), "ceiling (producer and consumer): ");
        double pipeline = articlesPerSecond(lines.get(1), "pipeline (exactly-once, ");
        assertThat(lines.get(1)).matches("pipeline \\(exactly-once, [1-9]\\d* incidents\\): .*");
        Matcher cpu = Pattern.compile("pipeline CPU: stream threads \\d+\\.\\d\\d ms an article \\((\\d+\\.\\d\\d) cores\\), "
                + "whole process \\d+\\.\\d\\d ms an article \\((\\d+\\.\\d\\d) cores\\)").matcher(lines.get(2));
        assertThat(cpu.matches()).as(lines.get(2)).isTrue();
        assertThat(Double.parseDouble(cpu.group(1))).isPositive().isLessThanOrEqualTo(Double.parseDouble(cpu.group(2)));
        // The stream threads' own line in the breakdown is the figure above: their producers' threads are apart.
        assertThat(breakdown).anySatisfy(l -> assertThat(l).matches("  " + cpu.group(1) + " cores  .*-StreamThread-N"));
        assertThat(breakdown).anySatisfy(l -> assertThat(l).contains("cores  kafka-producer-network-thread"));
        // On Linux the JVM's compilers are named apart from what no thread named accounts for.
        assertThat(breakdown).anySatisfy(l -> assertThat(l).matches("  \\d+\\.\\d\\d cores  JIT compiler C[12] .*"));
        assertThat(breakdown.get(breakdown.size() - 1)).matches("  \\d+\\.\\d\\d cores  in no thread named above");
        lines = lines.stream().filter(l -> !l.startsWith("pipeline CPU: ")).toList();
        // One latency run per rate, in the order given.
        assertThat(lines.get(2)).matches("latency at 50 articles/s, article to incident update: p50 \\d+ ms, "
                + "p99 \\d+ ms, max \\d+ ms over [1-9][\\d,]* samples");
        assertThat(lines.get(3)).startsWith("latency at 50 articles/s, article to alert: ");
        assertThat(lines.get(4)).matches("latency at 100 articles/s, article to incident update: p50 \\d+ ms, "
                + "p99 \\d+ ms, max \\d+ ms over [1-9][\\d,]* samples");
        assertThat(lines.get(5)).startsWith("latency at 100 articles/s, article to alert: ");
        // The memory run measures the configuration the README advises for a 512 MB machine.
        assertThat(lines.get(6)).matches("memory of run with its embedded broker \\(MALLOC_ARENA_MAX=2 "
                + "BLASTWATCH_STATE_MEMORY_MB=64 java -Xmx200m -XX:\\+UseSerialGC -XX:TieredStopAtLevel=1 "
                + "-XX:ReservedCodeCacheSize=64m -Xss512k -jar\\): "
                + "idle [1-9]\\d* MB, "
                + "peak under load [1-9]\\d* MB");
        Matcher ratio = Pattern.compile("pipeline/ceiling throughput ratio: (\\d+\\.\\d\\d)").matcher(lines.get(7));
        assertThat(ratio.matches()).as(lines.get(7)).isTrue();
        // The printed rates are rounded: their quotient matches the printed ratio to its two decimals, or to 2 %
        // of it when the ratio is large (a ceiling of a few dozen articles a second rounds by a whole unit).
        double expected = pipeline / ceiling;
        assertThat(Double.parseDouble(ratio.group(1))).isCloseTo(expected, offset(Math.max(0.006, expected * 0.02)));
        assertThat(result.stderr()).contains("bench: ceiling: ", "bench: pipeline: ", "bench: latency at 50 articles/s: ",
                "bench: latency at 100 articles/s: ", "bench: memory: ", "bench: run worked through 200 articles in ");
    }

    private static double articlesPerSecond(String line, String prefix) {
        assertThat(line).startsWith(prefix);
        Matcher m = THROUGHPUT.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        assertThat(m.group(1)).isEqualTo("600");
        double perSecond = Double.parseDouble(m.group(4).replace(",", ""));
        assertThat(perSecond).isPositive();
        return perSecond;
    }
}
