package io.blastwatch.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.extract.Gazetteer;
import io.blastwatch.extract.IncidentExtractor;
import io.blastwatch.model.IncidentMention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching on one core: grouping the mentions of the busiest region of a generated world into incidents, and merging
 * the largest group into its record. Deduplication does both for every new mention over the mentions its dates reach,
 * so these times bound how many mentions per second one task can take.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class MatchingBenchmark {

    /** Mentions of the busiest region taken, in order of their articles. */
    @Param({"100", "1000"})
    public int mentions;

    private String block;
    private List<IncidentMention> region;
    private List<IncidentMention> largestIncident;
    private IncidentMerger merger;

    @Setup(Level.Trial)
    public void extract() {
        Gazetteer gazetteer = Gazetteer.load();
        IncidentExtractor extractor = new IncidentExtractor(gazetteer);
        Map<String, List<IncidentMention>> byBlock = new HashMap<>();
        new ArticleGenerator(11, gazetteer).generate(12_000, article -> extractor.extract(article, Instant.now())
                .mentions().forEach(m -> byBlock.computeIfAbsent(m.blockKey(), b -> new ArrayList<>()).add(m)));
        Map.Entry<String, List<IncidentMention>> busiest = byBlock.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, List<IncidentMention>> e) -> e.getValue().size()))
                .orElseThrow();
        if (busiest.getValue().size() < mentions) {
            throw new IllegalStateException("the busiest region has only " + busiest.getValue().size() + " mentions");
        }
        block = busiest.getKey();
        region = List.copyOf(busiest.getValue().subList(0, mentions));
        List<IncidentClustering.Cluster> clusters = IncidentClustering.cluster(region);
        largestIncident = clusters.stream().map(IncidentClustering.Cluster::members)
                .max(Comparator.comparingInt(List::size)).orElseThrow();
        merger = new IncidentMerger(100);
        System.err.printf("region %s: %d mentions in %d incidents, the largest of %d%n", block, region.size(),
                clusters.size(), largestIncident.size());
    }

    @Benchmark
    public List<IncidentClustering.Cluster> clusterRegion() {
        return IncidentClustering.cluster(region);
    }

    @Benchmark
    public Object mergeLargestIncident() {
        return merger.merge(block, largestIncident);
    }
}
