package io.blastwatch.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.PipelineService;
import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.http.ApiServer;
import io.blastwatch.ingest.ArticleDefaults;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.FeedReader;
import io.blastwatch.ingest.FeedService;
import io.blastwatch.ingest.KafkaFeedMemory;
import io.blastwatch.topology.Topics;
import io.blastwatch.window.RollingWindow;
import org.apache.kafka.streams.state.HostInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the pipeline as a service until Ctrl-C. Without --bootstrap-servers it starts the embedded "
                + "Kafka broker on 127.0.0.1:<broker.port> (default 9092), keeping its data in --data-dir. Serves the "
                + "dashboard, the query API, /metrics, /api/health and POST /articles, and polls the feeds of --feeds.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--feeds", paramLabel = "FILE", description = "RSS/Atom feed urls to poll, one a line.")
    Path feedsFile;

    @Option(names = "--feed-interval", paramLabel = "DURATION", defaultValue = "15m",
            converter = DurationConverter.class, description = "How often to poll the feeds (default ${DEFAULT-VALUE}).")
    Duration feedInterval;

    @Override
    public Integer call() throws InterruptedException {
        BlastwatchConfig config = options.config();
        List<URI> feeds = feedsFile == null ? List.of() : FeedService.readList(feedsFile);
        List<AutoCloseable> running = new ArrayList<>();
        try {
            // The HTTP server comes first: the pipeline must be told its address, for the other instances.
            ApiServer http = ApiServer.start(config.getString(BlastwatchConfig.HTTP_BIND), config.getInt(BlastwatchConfig.HTTP_PORT));
            running.add(http);
            HostInfo self = new HostInfo(config.advertisedHost(), http.port());
            PipelineService service = PipelineService.start(config, self.host() + ":" + self.port());
            running.add(service);

            var client = service.clientProperties(config);
            // HTTP push and feeds are live sources: an article pushed without a date is taken as published now.
            ArticleDefaults defaults = new ArticleDefaults(null, config.getInt(BlastwatchConfig.EXTRACT_MAX_ARTICLE_CHARS),
                    Clock.systemUTC(), true);
            ArticlePublisher publisher = new ArticlePublisher(client, Clock.systemUTC());
            running.add(0, publisher);
            http.attach(service.pipeline().streams(), self, new RollingWindow(config.getInt(BlastwatchConfig.WINDOW_MONTHS)),
                    config.getInt(BlastwatchConfig.ALERT_THRESHOLD), new ArticleParser(defaults), publisher, client);
            if (!feeds.isEmpty()) {
                KafkaFeedMemory memory = new KafkaFeedMemory(client, Topics.FEED_STATE,
                        TopicSnapshot.latest(client, Topics.FEED_STATE), Clock.systemUTC());
                running.add(0, memory);
                FeedService feedService = new FeedService(feeds, FeedReader.standard(defaults), memory, publisher);
                feedService.start(feedInterval);
                running.add(0, feedService);
            }
            String supplied = config.supplied();
            System.err.println("blastwatch: settings " + (supplied.isEmpty() ? "all defaults" : supplied));
            service.topicReport().forEach(line -> System.err.println("topic " + line));
            System.err.println("blastwatch: running on Kafka at " + service.bootstrapServers()
                    + (service.embedded() ? " (embedded, data in " + config.dataDir().toAbsolutePath().normalize() + ")" : "")
                    + "; dashboard and API at http://" + config.getString(BlastwatchConfig.HTTP_BIND) + ":" + http.port()
                    + "/" + (feeds.isEmpty() ? "" : "; polling " + feeds.size() + " feeds every " + feedInterval)
                    + "; Ctrl-C stops");
        } catch (IOException | RuntimeException e) {
            closeAll(running);
            throw new IllegalStateException("cannot start: " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("blastwatch: stopping");
            closeAll(running);
            stopped.countDown();
        }, "blastwatch-shutdown"));
        stopped.await();
        return 0;
    }

    /** Closes in list order: what depends on the pipeline first, the pipeline and its broker, then the server. */
    private static void closeAll(List<AutoCloseable> running) {
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("blastwatch: while stopping: " + e.getMessage());
            }
        }
    }
}
