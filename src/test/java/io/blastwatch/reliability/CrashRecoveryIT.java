package io.blastwatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import io.blastwatch.bench.ArticleGenerator;
import io.blastwatch.model.Article;
import io.blastwatch.testing.AppProcess;
import io.blastwatch.testing.KafkaFixture;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.topology.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application, in its own JVM, is killed with SIGKILL at random points of a replay several times and
 * restarted on the same state directory; what it wrote must equal what one uninterrupted run of the same articles
 * concludes.
 */
@Tag("reliability")
class CrashRecoveryIT {

    static final int ARTICLES = 2500;
    static final int CRASHES = 4;
    static final long SEED = 20240207;

    @Test
    void shouldLoseNothingAndDoubleNothingWhenKilledRepeatedly(@TempDir Path dataDir) throws Exception {
        List<Article> articles = new ArticleGenerator(SEED, PipelineDriver.gazetteer()).generate(ARTICLES);
        Reference.Expected uninterrupted = Reference.expected(articles);
        Random random = new Random(SEED);
        long started = System.nanoTime();

        try (KafkaFixture kafka = new KafkaFixture()) {
            kafka.publish(articles);
            String applicationId = "crash-" + SEED;
            AppProcess app = new AppProcess(kafka.bootstrap(), applicationId, dataDir, Reference.FAST_FAILOVER);
            try (app) {
                app.start();
                for (int crash = 1; crash <= CRASHES; crash++) {
                    // A point in each fifth of the input, then a random moment after it, likely inside a transaction.
                    long point = (long) ARTICLES * crash / (CRASHES + 1) + random.nextInt(ARTICLES / (CRASHES + 1) / 2);
                    Reference.awaitCommitted(kafka, applicationId, point, Duration.ofMinutes(3));
                    Thread.sleep(random.nextInt(400));
                    app.kill();
                    System.out.printf("crash %d at %.1f s: killed after %d of %d articles were committed%n", crash,
                            (System.nanoTime() - started) / 1e9, kafka.committed(applicationId, Topics.ARTICLES_RAW.name()),
                            ARTICLES);
                    app.start();
                    System.out.printf("restarted at %.1f s%n", (System.nanoTime() - started) / 1e9);
                }
                AppProcess.awaitIdle(kafka.client(), List.of(app), Duration.ofSeconds(4), Duration.ofMinutes(5));
                assertThat(kafka.committed(applicationId, Topics.ARTICLES_RAW.name())).isEqualTo(ARTICLES);
            }
            Reference.assertSameAsReference(kafka, uninterrupted);
        }
    }
}
