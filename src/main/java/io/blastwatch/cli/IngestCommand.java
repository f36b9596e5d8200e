package io.blastwatch.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleFiles;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.FeedReader;
import io.blastwatch.ingest.Ingestion;
import io.blastwatch.ingest.IngestionSummary;
import io.blastwatch.topology.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publishes articles to articles-raw on a running broker (the one of run by default): files, "
                + "directories, globs (.json, .jsonl, .txt, .html, optionally .gz), feed urls (read once), or - for "
                + "standard input.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "Outlet of articles that name none and have no url (default: the file name).")
    String outlet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories, or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        BlastwatchConfig config = options.config();
        ArticleDefaults defaults = new ArticleDefaults(outlet, config.getInt(BlastwatchConfig.EXTRACT_MAX_ARTICLE_CHARS),
                Clock.systemUTC());
        ArticleFiles files = new ArticleFiles(new ArticleParser(defaults), ArticleFiles.DEFAULT_MAX_FILE_BYTES);
        IngestionSummary summary;
        ProgressLine progress = ProgressLine.onStandardError("ingest");
        BrokerCheck.requireTopic(SettingOptions.clientProperties(config), Topics.ARTICLES_RAW.name());
        try (ArticlePublisher publisher = new ArticlePublisher(SettingOptions.clientProperties(config), Clock.systemUTC())) {
            summary = new Ingestion(files, FeedReader.standard(defaults), publisher, progress::update)
                    .ingest(paths, System.in);
        } finally {
            progress.finish();
        }
        summary.rejections().forEach(r -> System.err.println("rejected " + r.origin() + ": " + r.reason()));
        if (summary.rejected() > summary.rejections().size()) {
            System.err.println("... and " + (summary.rejected() - summary.rejections().size()) + " more rejections");
        }
        System.out.printf("%d articles read, %d published, %d repeated within this call and skipped, %d rejected%n",
                summary.read(), summary.published(), summary.duplicates(), summary.rejected());
        return summary.published() == 0 && summary.read() > 0 ? 2 : 0;
    }
}
