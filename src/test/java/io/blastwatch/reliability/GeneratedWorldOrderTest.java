package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.bench.Benchmark;
import io.blastwatch.model.Article;
import io.blastwatch.testing.Outcome;
import io.blastwatch.testing.PipelineDriver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The crash and scale-out tests compare a cluster's results with one uninterrupted run, although a cluster processes
 * partitions in an order of its own. That comparison is only fair if the results do not depend on arrival order, on
 * the same generated world those tests use.
 */
@Tag("reliability")
class GeneratedWorldOrderTest {

    @Test
    void shouldReachTheSameOutcomeWhateverOrderTheArticlesArriveIn() {
        assertOrderIndependent(new ArticleGenerator(7, PipelineDriver.gazetteer()).generate(600), 3);
    }

    /** The benchmark's world: several countries, each counted and alerted on its own. */
    @Test
    void shouldReachTheSameOutcomeInAWorldOfSeveralCountries() {
        assertOrderIndependent(new ArticleGenerator(8, PipelineDriver.gazetteer(), LocalDate.of(2024, 6, 30),
                Benchmark.COUNTRIES).generate(500), 2);
    }

    private static void assertOrderIndependent(List<Article> articles, int shuffles) {
        Outcome inOrder = run(articles);
        assertThat(inOrder.incidents()).hasSizeGreaterThan(40);
        assertThat(inOrder.firing()).isNotEmpty();
        for (long seed = 1; seed <= shuffles; seed++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            Outcome other = run(shuffled);
            assertThat(other.incidents()).as("incidents, seed %d", seed).isEqualTo(inOrder.incidents());
            assertThat(other.counts()).as("counts, seed %d", seed).isEqualTo(inOrder.counts());
            assertThat(other.firing()).as("alerts, seed %d", seed).isEqualTo(inOrder.firing());
        }
    }

    private static Outcome run(List<Article> articles) {
        try (PipelineDriver driver = new PipelineDriver()) {
            driver.sendAll(articles);
            return Outcome.of(driver);
        }
    }
}
