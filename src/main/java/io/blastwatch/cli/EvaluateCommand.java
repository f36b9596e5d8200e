package io.blastwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.EvaluateJob;
import io.blastwatch.evaluate.EvaluationReport;
import io.blastwatch.serde.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Runs the whole pipeline over a gold corpus of real articles (corpus/README.md), the held-out "
                + "and the development part each on its own embedded broker, and prints the figures side by side, "
                + "held-out first, then the development part's errors one line each, grouped by kind.")
final class EvaluateCommand implements Callable<Integer> {

    private static final int EVALUATION_RETENTION_DAYS = 100 * 365;
    /** Enough to list every article of any incident of the corpus. */
    private static final int EVALUATION_MAX_SOURCES = 1000;

    @Mixin
    SettingOptions options;

    @Option(names = "--gold", paramLabel = "FILE", description = "The gold file (default: corpus/gold.json).")
    Path gold = Path.of("corpus", "gold.json");

    @Option(names = "--texts", paramLabel = "DIR",
            description = "The folder of article texts, ID.txt each (default: texts/ beside the gold file).")
    Path texts;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Option(names = "--held-out-errors", description = "Also list the held-out part's errors. Reading them spends "
            + "the held-out part: tune on the development part only.")
    boolean heldOutErrors;

    @Override
    public Integer call() throws Exception {
        // The corpus spans ten years: a retention shorter than that would forget its oldest incidents, or not,
        // depending on when the purge runs, and the figures would change from run to run.
        options.settings.putIfAbsent(BlastwatchConfig.DEDUP_RETENTION_DAYS, String.valueOf(EVALUATION_RETENTION_DAYS));
        // The scorer finds wrong merges and missing outlets by the articles a found incident lists: it needs them all.
        options.settings.putIfAbsent(BlastwatchConfig.INCIDENT_MAX_SOURCES, String.valueOf(EVALUATION_MAX_SOURCES));
        Path textsDir = texts != null ? texts
                : (gold.toAbsolutePath().getParent() == null ? Path.of("texts")
                : gold.toAbsolutePath().getParent().resolve("texts"));
        EvaluationReport report = new EvaluateJob(options.config(), line -> System.err.println("evaluate: " + line))
                .run(gold, textsDir, heldOutErrors);
        System.out.print(json ? Json.toPrettyString(report) + System.lineSeparator() : EvaluationPrinter.text(report));
        return 0;
    }
}
