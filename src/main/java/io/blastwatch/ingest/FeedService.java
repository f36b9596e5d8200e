package io.blastwatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.blastwatch.model.FeedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds on an interval and publishes each of their articles once: an item already published (by this
 * instance before a restart, or by another) is skipped, a feed that has not changed since the last poll costs one
 * short request.
 */
public final class FeedService implements AutoCloseable {

    /** What one round of polling did. */
    /** @param unreadable feeds that could not be read at all (refused, not found, not a feed) */
    public record PollSummary(int feeds, int items, int published, int alreadySeen, int rejected, int unreadable,
                              List<String> problems) {
    }

    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    private final List<URI> feeds;
    private final FeedReader reader;
    private final FeedMemory memory;
    private final ArticlePublisher publisher;
    private ScheduledExecutorService scheduler;

    public FeedService(List<URI> feeds, FeedReader reader, FeedMemory memory, ArticlePublisher publisher) {
        this.feeds = List.copyOf(feeds);
        this.reader = reader;
        this.memory = memory;
        this.publisher = publisher;
    }

    /** Feed urls from a file: one a line, blank lines and # comments ignored. */
    public static List<URI> readList(Path file) {
        try {
            List<URI> urls = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String url = line.strip();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    if (!FeedReader.isFeedUrl(url)) {
                        throw new IllegalArgumentException(file + ": not an http(s) feed url: " + url);
                    }
                    urls.add(URI.create(url));
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed list " + file + ": " + e.getMessage(), e);
        }
    }

    public PollSummary pollOnce() throws InterruptedException {
        int items = 0;
        int published = 0;
        int seen = 0;
        int rejected = 0;
        int unreadable = 0;
        List<String> problems = new ArrayList<>();
        for (URI feed : feeds) {
            String key = feed.toString();
            FeedState validators = memory.validators(key).orElse(null);
            FeedReader.FeedItems read;
            try {
                read = reader.read(feed, validators == null ? null : validators.etag(),
                        validators == null ? null : validators.lastModified(), memory::seen);
            } catch (IOException e) {
                unreadable++;
                problems.add(describe(feed, e));
                continue;
            }
            if (read.notModified()) {
                continue;
            }
            for (ReadResult item : read.items()) {
                items++;
                if (!item.accepted()) {
                    rejected++;
                    problems.add(item.origin() + ": " + item.rejection());
                } else if (memory.seen(item.article().id())) {
                    seen++;
                } else if (publish(item, problems)) {
                    memory.markSeen(key, item.article().id());
                    published++;
                }
            }
            memory.saveValidators(key, read.etag(), read.lastModified());
        }
        return new PollSummary(feeds.size(), items, published, seen, rejected, unreadable, problems);
    }

    /** What went wrong with a feed, in words: some I/O exceptions (a refused connection) carry no message. */
    static String describe(URI feed, IOException e) {
        String message = e.getMessage();
        if (message != null && message.contains(feed.toString())) {
            return message;
        }
        String what = e instanceof java.net.ConnectException ? "connection refused"
                : e instanceof java.net.http.HttpTimeoutException ? "no answer in time"
                : e instanceof java.net.UnknownHostException ? "unknown host"
                : message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return "feed " + feed + ": " + what;
    }

    private boolean publish(ReadResult item, List<String> problems) throws InterruptedException {
        try {
            publisher.publish(item.article(), null).get();
            return true;
        } catch (ExecutionException e) {
            problems.add(item.origin() + ": not accepted by Kafka: " + e.getCause().getMessage());
            return false;
        }
    }

    /** Polls now and then every interval, on a thread of its own, until closed. */
    public void start(Duration interval) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "blastwatch-feeds"));
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                PollSummary s = pollOnce();
                log.info("Polled {} feeds: {} items, {} published, {} already seen, {} rejected", s.feeds(), s.items(),
                        s.published(), s.alreadySeen(), s.rejected());
                s.problems().forEach(problem -> log.warn("{}", problem));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Feed polling failed: {}", e.getMessage(), e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
