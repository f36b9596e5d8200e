package io.blastwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleFiles;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ReadResult;
import io.blastwatch.model.Article;
import org.junit.jupiter.api.Assumptions;

/** Articles for tests: the project's examples, the seed articles beside the repository, and ones built in code. */
public final class TestArticles {

    /** Ingestion time used for articles without a publication date, fixed so that tests repeat exactly. */
    public static final Instant INGESTED_AT = Instant.parse("2026-11-21T10:00:00Z");

    private TestArticles() {
    }

    public static Path examplesDir() {
        return Path.of("examples/articles");
    }

    /** The seed articles; the calling test is skipped, with a message saying so, when the folder is absent. */
    public static Path seedsDir() {
        Path seeds = Path.of("../shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds),
                "SKIPPED: ../shared/seeds is not beside the repository, so the seed-article checks cannot run");
        return seeds;
    }

    public static List<Article> read(Path dir) {
        ArticleFiles files = new ArticleFiles(new ArticleParser(new ArticleDefaults(null,
                ArticleDefaults.DEFAULT_MAX_TEXT_CHARS, Clock.fixed(INGESTED_AT, ZoneOffset.UTC))),
                ArticleFiles.DEFAULT_MAX_FILE_BYTES);
        List<Article> articles = new ArrayList<>();
        try {
            for (Path file : ArticleFiles.expand(dir.toString())) {
                files.read(file, result -> articles.add(accepted(result)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    /** An article written for a test, published on the given date. */
    public static Article article(String id, String outlet, String published, String text) {
        return new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet, null,
                published, io.blastwatch.model.PublicationSource.FIELD, "en", text);
    }

    public static Article seed(String prefix) {
        return read(seedsDir()).stream().filter(a -> a.outlet().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Article accepted(ReadResult result) {
        if (!result.accepted()) {
            throw new IllegalStateException(result.origin() + " was rejected: " + result.rejection());
        }
        return result.article();
    }
}
