package io.blastwatch.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.FeedReader;
import io.blastwatch.ingest.FeedService;
import io.blastwatch.ingest.KafkaFeedMemory;
import io.blastwatch.topology.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Polls RSS or Atom feeds and publishes each new article once to a running broker (the one of run "
                + "by default). What was published is remembered in Kafka, so a restart or a second poller repeats "
                + "nothing.")
final class FeedCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls (default ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--once", description = "Poll once, print what happened and exit.")
    boolean once;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Feed urls.")
    List<URI> feeds;

    @Override
    public Integer call() throws Exception {
        BlastwatchConfig config = options.config();
        Map<String, Object> client = SettingOptions.clientProperties(config);
        BrokerCheck.requireTopic(client, Topics.ARTICLES_RAW.name());
        ArticleDefaults defaults = new ArticleDefaults(null, config.getInt(BlastwatchConfig.EXTRACT_MAX_ARTICLE_CHARS),
                Clock.systemUTC());
        try (ArticlePublisher publisher = new ArticlePublisher(client, Clock.systemUTC());
             KafkaFeedMemory memory = new KafkaFeedMemory(client, Topics.FEED_STATE,
                     TopicSnapshot.latest(client, Topics.FEED_STATE), Clock.systemUTC());
             FeedService service = new FeedService(feeds, FeedReader.standard(defaults), memory, publisher)) {
            if (once) {
                FeedService.PollSummary s = service.pollOnce();
                s.problems().forEach(p -> System.err.println("blastwatch: " + p));
                System.out.printf("%d feeds, %d items, %d published, %d already published, %d rejected, %d unreadable%n",
                        s.feeds(), s.items(), s.published(), s.alreadySeen(), s.rejected(), s.unreadable());
                // A feed that could not be read is a failure a script must see; rejected items are the feed's own.
                return s.unreadable() > 0 ? 1 : 0;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "feed-shutdown"));
            service.start(interval);
            System.err.println("feed: polling " + feeds.size() + " feeds every " + interval + "; Ctrl-C stops");
            stopped.await();
        }
        return 0;
    }
}
