package io.blastwatch.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.blastwatch.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures, on one embedded broker: a plain producer and consumer (the ceiling), the whole "
                + "pipeline under exactly-once over the same generated articles, latency from an article to its "
                + "incident and to an alert at a fixed rate, and the memory of run. The last line reads "
                + "'pipeline/ceiling throughput ratio: R'.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000",
            description = "Generated articles of about 3 KB for the throughput runs (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the article generator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate", defaultValue = "20,200", split = ",", paramLabel = "RATE",
            description = "Articles per second of a latency run; one run per rate, comma-separated (default "
                    + "${DEFAULT-VALUE}: a realistic feed and a busy replay).")
    List<Double> rates;

    @Option(names = "--latency-time", paramLabel = "DURATION", defaultValue = "30s",
            converter = DurationConverter.class, description = "How long each latency run lasts (default ${DEFAULT-VALUE}).")
    Duration latencyTime;

    @Option(names = "--memory-articles", defaultValue = "10000", description = "Articles sent to a separate run "
            + "process while its memory is watched; 0 skips the memory run (default ${DEFAULT-VALUE}).")
    int memoryArticles;

    @Option(names = "--run-java-options", paramLabel = "OPTIONS",
            defaultValue = "-Xmx200m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k",
            description = "Options of the java command that starts run for the memory run (default ${DEFAULT-VALUE}: "
                    + "what the README advises for a 512 MB machine); an empty string for none.")
    String runJavaOptions;

    @Option(names = "--run-env", paramLabel = "NAME=VALUE", split = ",",
            defaultValue = "MALLOC_ARENA_MAX=2,BLASTWATCH_STATE_MEMORY_MB=64",
            description = "Environment variables of run for the memory run, comma-separated or repeated (default "
                    + "${DEFAULT-VALUE}, as the README advises for a 512 MB machine).")
    Map<String, String> runEnvironment = new LinkedHashMap<>();

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE", description = "A setting of the measured pipeline, "
            + "as for run, for example -s state.memory.mb=128 -s commit.interval.ms=200. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || rates.isEmpty() || rates.stream().anyMatch(r -> !(r > 0)) || memoryArticles < 0 || latencyTime.isNegative() || latencyTime.isZero()) {
            throw new IllegalArgumentException("--articles and --rate must be positive, --latency-time longer than "
                    + "zero, --memory-articles zero or more");
        }
        Benchmark.Result result = new Benchmark(line -> System.err.println("bench: " + line))
                .run(new Benchmark.Options(articles, seed, rates, latencyTime, memoryArticles,
                        runJavaOptions.isBlank() ? List.of() : List.of(runJavaOptions.trim().split("\\s+")),
                        runEnvironment, settings));
        System.out.println("ceiling (producer and consumer): " + result.ceiling());
        System.out.println("pipeline (exactly-once, " + result.incidents() + " incidents): " + result.pipeline());
        System.out.println("pipeline CPU: " + result.pipelineCpu() + result.pipelineCpu().breakdown());
        for (Benchmark.LatencyRun run : result.latency()) {
            System.out.printf("latency at %.0f articles/s, article to incident update: %s%n", run.rate(), run.incidents());
            System.out.printf("latency at %.0f articles/s, article to alert: %s%n", run.rate(), run.alerts());
        }
        String environment = runEnvironment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + " ")
                .collect(java.util.stream.Collectors.joining());
        System.out.println("memory of run with its embedded broker (" + environment
                + ("java " + runJavaOptions.trim()).trim() + " -jar): "
                + (result.memory() == null ? "not measured" : result.memory()));
        System.out.printf("pipeline/ceiling throughput ratio: %.2f%n", result.ratio());
        return 0;
    }
}
