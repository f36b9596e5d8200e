package io.blastwatch.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleFiles;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.Replay;
import io.blastwatch.topology.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Publishes historical articles in publication order, each with its publication time as the record "
                + "time: as fast as possible, or paced with --speed. Run reset first to recompute everything.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "0",
            description = "Seconds of publication time per second (3600: an hour a second); 0, the default, is as fast "
                    + "as possible.")
    double speed;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First publication day to replay.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last publication day to replay.")
    LocalDate to;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        if (speed < 0) {
            throw new IllegalArgumentException("--speed must be 0 or more");
        }
        BlastwatchConfig config = options.config();
        ArticleFiles files = new ArticleFiles(new ArticleParser(new ArticleDefaults(null,
                config.getInt(BlastwatchConfig.EXTRACT_MAX_ARTICLE_CHARS), Clock.systemUTC())),
                ArticleFiles.DEFAULT_MAX_FILE_BYTES);
        Replay.Result result;
        ProgressLine progress = ProgressLine.onStandardError("replay");
        BrokerCheck.requireTopic(SettingOptions.clientProperties(config), Topics.ARTICLES_RAW.name());
        try (ArticlePublisher publisher = new ArticlePublisher(SettingOptions.clientProperties(config), Clock.systemUTC())) {
            result = new Replay(files, publisher, Thread::sleep, progress::update)
                    .replay(paths, new Replay.Options(from, to, speed));
        } finally {
            progress.finish();
        }
        var s = result.summary();
        s.rejections().forEach(r -> System.err.println("rejected " + r.origin() + ": " + r.reason()));
        System.out.printf("%d articles read, %d replayed in publication order, %d repeated and skipped, "
                + "%d outside --from/--to, %d rejected%n", s.read(), s.published(), s.duplicates(), result.outsideRange(),
                s.rejected());
        return 0;
    }
}
