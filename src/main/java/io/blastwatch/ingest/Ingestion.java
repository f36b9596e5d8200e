package io.blastwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads articles from files, directories, globs, standard input or feed urls and publishes them, counting what went
 * through and keeping the reason for everything that did not. Nothing is lost silently: an article either reaches
 * Kafka or is reported.
 */
public final class Ingestion {

    private static final int MAX_LISTED_REJECTIONS = 1000;
    private static final long PROGRESS_EVERY_MS = 250;

    private final ArticleFiles files;
    private final FeedReader feeds;
    private final ArticlePublisher publisher;
    private final Consumer<IngestionSummary> progress;
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> ids = new HashSet<>();
    private int sourcesDone;
    private int sourcesTotal;
    private long lastProgress;

    /**
     * @param feeds    reads arguments that are http(s) urls as feeds; null to treat every argument as a path
     * @param progress told the running totals a few times a second on long inputs
     */
    public Ingestion(ArticleFiles files, FeedReader feeds, ArticlePublisher publisher,
                     Consumer<IngestionSummary> progress) {
        this.files = files;
        this.feeds = feeds;
        this.publisher = publisher;
        this.progress = progress;
    }

    public IngestionSummary ingest(List<String> arguments, InputStream stdin) throws IOException, InterruptedException {
        List<Object> sources = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-") || feeds != null && FeedReader.isFeedUrl(argument)) {
                sources.add(argument);
            } else {
                List<Path> expanded = ArticleFiles.expand(argument);
                if (expanded.isEmpty()) {
                    reject(new Rejection(argument, "no article files match"));
                }
                sources.addAll(expanded);
            }
        }
        sourcesTotal = sources.size();
        for (Object source : sources) {
            if (source instanceof Path file) {
                files.read(file, this::accept);
            } else if (source.equals("-")) {
                files.readStdin(stdin, this::accept);
            } else {
                readFeed((String) source);
            }
            sourcesDone++;
            report(true);
        }
        publisher.flush();
        return summary();
    }

    private void readFeed(String url) throws InterruptedException {
        try {
            feeds.read(URI.create(url), null, null).items().forEach(this::accept);
        } catch (IOException | IllegalArgumentException e) {
            reject(new Rejection(url, e.getMessage()));
        }
    }

    private void accept(ReadResult result) {
        read.incrementAndGet();
        if (!result.accepted()) {
            reject(new Rejection(result.origin(), result.rejection()));
        } else if (!ids.add(result.article().id())) {
            duplicates.incrementAndGet();
        } else {
            publisher.publish(result.article(), (metadata, error) -> {
                if (error == null) {
                    published.incrementAndGet();
                } else {
                    reject(new Rejection(result.origin(), "not accepted by Kafka: " + error.getMessage()));
                }
            });
        }
        report(false);
    }

    private void reject(Rejection rejection) {
        rejected.incrementAndGet();
        if (rejections.size() < MAX_LISTED_REJECTIONS) {
            rejections.add(rejection);
        }
    }

    private void report(boolean always) {
        long now = System.currentTimeMillis();
        if (always || now - lastProgress >= PROGRESS_EVERY_MS) {
            lastProgress = now;
            progress.accept(summary());
        }
    }

    private IngestionSummary summary() {
        synchronized (rejections) {
            return new IngestionSummary(read.get(), published.get(), duplicates.get(), rejected.get(),
                    new ArrayList<>(rejections), sourcesDone, sourcesTotal);
        }
    }
}
