package io.blastwatch.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.blastwatch.model.Article;
import io.blastwatch.testing.PipelineDriver;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole topology on one core, without a broker: the bench's generated world (several countries) replayed through
 * {@code TopologyTestDriver} into empty stores (RocksDB, as in production). One operation is the whole replay; divide
 * by the articles for the stream threads' work per article, without the broker, the transactions and the network.
 *
 * <p>The pipeline phase of {@code bench} moves by a tenth from run to run with the JIT, the broker and the two cores
 * it shares; this measures our own code's cost steadily enough to compare two versions of it. Unlike a real run, the
 * driver commits after every record, so the record caches save nothing here.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {

    @Param({"1000"})
    public int articles;

    private List<Article> world;
    private PipelineDriver pipeline;

    @Setup(Level.Trial)
    public void generate() {
        world = new ArticleGenerator(41, PipelineDriver.gazetteer(), LocalDate.of(2024, 6, 30),
                io.blastwatch.bench.Benchmark.COUNTRIES)
                .generate(articles);
    }

    @Setup(Level.Iteration)
    public void emptyPipeline() {
        pipeline = new PipelineDriver();
    }

    @TearDown(Level.Iteration)
    public void close() {
        pipeline.close();
    }

    @Benchmark
    public PipelineDriver replay() {
        world.forEach(pipeline::pipe);
        return pipeline;
    }
}
