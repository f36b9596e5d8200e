package io.blastwatch.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.blastwatch.extract.Extraction;
import io.blastwatch.extract.Gazetteer;
import io.blastwatch.extract.IncidentExtractor;
import io.blastwatch.model.Article;
import io.blastwatch.testing.TestArticles;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction on one core over a folder of articles, the examples by default: one operation extracts every article
 * once. Multiply the operations per second by the corpus size printed at setup for bytes per second.
 * {@code -p texts=corpus/texts} runs it on the real-news corpus where its texts are collected (corpus/README.md).
 *
 * <p>Twenty-five warm-up iterations: on two cores the C2 compiler is still at work after ten seconds, and with three
 * the measured iterations climbed from 70 to 360 operations per second, an error larger than the score; with fifteen,
 * some forks were still climbing when measured.
 *
 * <p>This machine's two virtual cores do not run at one speed: each is now and then about a third slower for tens of
 * seconds (a fixed loop pinned to each shows it), so a fork's score depends on the core it ran on. Compare versions
 * by several forks each, alternating or pinned with {@code taskset -c 0}, and read a fixed loop on that core before
 * and after (docs/PERFORMANCE.md, 2026-12-02, night).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 25, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {

    @Param({"examples/articles"})
    public String texts;

    private IncidentExtractor extractor;
    private List<Article> articles;

    @Setup(Level.Trial)
    public void load() {
        extractor = new IncidentExtractor(Gazetteer.load());
        articles = TestArticles.read(java.nio.file.Path.of(texts));
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.err.printf("corpus: %d articles, %d bytes of text (%.1f KB per article)%n", articles.size(), bytes,
                bytes / 1024.0 / articles.size());
    }

    @Benchmark
    public void extractCorpus(Blackhole sink) {
        Instant now = TestArticles.INGESTED_AT;
        for (Article article : articles) {
            Extraction extraction = extractor.extract(article, now);
            sink.consume(extraction);
        }
    }
}
