package io.blastwatch.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.blastwatch.app.AnalysisReport;
import io.blastwatch.app.AnalyzeJob;
import io.blastwatch.serde.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "One-shot analysis: starts an embedded broker in a temporary directory, ingests the articles "
                + "under PATH (files, directories, globs: .json, .jsonl, .txt, .html, optionally .gz), runs the whole "
                + "pipeline until it is idle, prints incidents, rolling counts and alerts, and removes everything.")
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    SettingOptions options;

    @Option(names = "--json", description = "Print one JSON document (CONTRACT.md) on standard output.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        AnalysisReport report = new AnalyzeJob(options.config(), line -> System.err.println("analyze: " + line))
                .run(paths);
        if (json) {
            System.out.println(Json.toPrettyString(report));
        } else {
            System.out.print(ReportPrinter.text(report));
        }
        return 0;
    }
}
