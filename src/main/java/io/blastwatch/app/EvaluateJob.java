package io.blastwatch.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.blastwatch.evaluate.EvaluationReport;
import io.blastwatch.evaluate.GoldArticle;
import io.blastwatch.evaluate.GoldCorpus;
import io.blastwatch.evaluate.InputFacts;
import io.blastwatch.evaluate.Scorer;
import io.blastwatch.evaluate.SplitScore;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ReadResult;
import io.blastwatch.model.Article;
import io.blastwatch.serde.Json;

/**
 * Runs the whole pipeline over each part of a gold corpus, as {@code analyze} would over those articles, and scores
 * the result. Each part runs on its own broker so that nothing of one part can help or hurt the other.
 *
 * <p>An article is given to the pipeline as a user's input would be: its text file read as a plain-text article (a
 * {@code date YYYY-MM-DD} first line is its publication date), with the url, outlet and title that a feed or a push
 * carries. What the annotators know beyond that (the true publication date of an undated page) is never given.
 */
public final class EvaluateJob {

    private final BlastwatchConfig config;
    private final Consumer<String> progress;

    public EvaluateJob(BlastwatchConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    /**
     * @param withHeldOutErrors whether the held-out part's error lines are kept; by default only its figures are,
     *                          so that tuning never reads them
     */
    public EvaluationReport run(Path goldFile, Path textsDir, boolean withHeldOutErrors)
            throws IOException, InterruptedException {
        GoldCorpus corpus = GoldCorpus.load(goldFile);
        if (!Files.isDirectory(textsDir)) {
            throw new IllegalArgumentException("no texts folder at " + textsDir
                    + ": collect the article texts as corpus/README.md says, or pass --texts DIR");
        }
        Set<String> present = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (GoldArticle a : corpus.articles()) {
            if (Files.isRegularFile(textFile(textsDir, a))) {
                present.add(a.id());
            } else {
                missing.add(a.id());
            }
        }
        if (present.isEmpty()) {
            throw new IllegalArgumentException("none of the " + corpus.articles().size() + " articles of " + goldFile
                    + " has its text in " + textsDir + ": collect them as corpus/README.md says");
        }
        List<SplitScore> scores = new ArrayList<>();
        Path work = Files.createTempDirectory("blastwatch-evaluate-");
        try {
            for (boolean heldOut : new boolean[] {true, false}) {
                GoldCorpus.Split split = corpus.split(heldOut).restrictedTo(present);
                SplitScore score = run(split, textsDir, work);
                scores.add(heldOut && !withHeldOutErrors ? score.withoutErrors() : score);
            }
        } finally {
            Files.deleteIfExists(work.resolve("held-out.jsonl"));
            Files.deleteIfExists(work.resolve("dev.jsonl"));
            Files.deleteIfExists(work);
        }
        return new EvaluationReport(goldFile.toString(), textsDir.toString(), corpus.articles().size(), missing,
                scores);
    }

    private SplitScore run(GoldCorpus.Split split, Path textsDir, Path work) throws IOException, InterruptedException {
        if (split.articles().isEmpty()) {
            return Scorer.score(split, List.of(), List.of());
        }
        java.util.Map<String, Article> inputs = new java.util.LinkedHashMap<>();
        for (GoldArticle a : split.articles()) {
            inputs.put(a.id(), asInput(a, textsDir));
        }
        Path input = work.resolve(split.name() + ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Article article : inputs.values()) {
                out.write(Json.toString(article));
                out.newLine();
            }
        }
        progress.accept(split.name() + " part: " + split.articles().size() + " articles, "
                + split.incidents().size() + " real incidents");
        AnalysisReport report = new AnalyzeJob(config, line -> progress.accept(split.name() + ": " + line))
                .run(List.of(input.toString()), true);
        requireEvery(split, report);
        return Scorer.score(split, report.incidents(), report.counts(), inputFacts(split, inputs));
    }

    /**
     * Every article of the part must have reached the pipeline and been read: a score of fewer articles than the
     * part holds would be wrong without saying so.
     */
    static void requireEvery(GoldCorpus.Split split, AnalysisReport report) {
        int expected = split.articles().size();
        var stats = report.articles();
        if (stats.published() != expected || stats.deadLettered() > 0) {
            String why = !report.rejections().isEmpty() ? report.rejections().get(0).reason()
                    : !report.deadLetters().isEmpty() ? report.deadLetters().get(0).reason() : "no reason given";
            throw new IllegalStateException("the " + split.name() + " part has " + expected + " articles, but "
                    + stats.published() + " were published and " + stats.deadLettered() + " dead-lettered (first: "
                    + why + "); the score would be of a partial part");
        }
    }

    /** URL paths that carry a day: /2024/02/08/, /2024-02-08-, 20240208. */
    private static final java.util.regex.Pattern URL_DAY = java.util.regex.Pattern.compile(
            "(19|20)\\d\\d[/-]?[01]\\d[/-]?[0-3]\\d");

    /**
     * What the part's articles give the pipeline. A real incident's year is unsupported when no article that names
     * it has a publication date, or the year's digits in its url, title or text; the rule errs towards support: a
     * text that holds the year anywhere, even of something else, supports it.
     */
    static InputFacts inputFacts(GoldCorpus.Split split, java.util.Map<String, Article> inputs) {
        Set<String> dated = new HashSet<>();
        for (GoldArticle a : split.articles()) {
            Article input = inputs.get(a.id());
            if (input.published() != null || (input.url() != null && URL_DAY.matcher(input.url()).find())) {
                dated.add(a.id());
            }
        }
        Set<String> unsupported = new HashSet<>();
        for (var g : split.incidents()) {
            String year = String.valueOf(g.date().getYear());
            boolean supported = false;
            for (GoldArticle a : split.articles()) {
                if (!a.named().contains(g.id())) {
                    continue;
                }
                Article input = inputs.get(a.id());
                if (input.published() != null || String.valueOf(input.url()).contains(year)
                        || String.valueOf(input.title()).contains(year) || input.text().contains(year)) {
                    supported = true;
                    break;
                }
            }
            if (!supported) {
                unsupported.add(g.id());
            }
        }
        return new InputFacts(unsupported, dated);
    }

    static Path textFile(Path textsDir, GoldArticle a) {
        return textsDir.resolve(a.id() + ".txt");
    }

    /** The article as a user's input: the text file as plain text, plus what a feed carries about it. */
    static Article asInput(GoldArticle a, Path textsDir) throws IOException {
        Path file = textFile(textsDir, a);
        ReadResult read = new ArticleParser(new ArticleDefaults())
                .parse(file.toString(), Files.readAllBytes(file), ArticleParser.Format.TEXT).get(0);
        if (!read.accepted()) {
            throw new IllegalArgumentException(file + ": " + read.rejection());
        }
        Article text = read.article();
        return new Article(a.id(), a.url(), a.outlet(), a.title(), text.published(), text.publishedFrom(), null,
                text.text());
    }
}
