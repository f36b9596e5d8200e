package io.blastwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads articles from files, directories, globs or standard input and publishes them, counting what went through
 * and keeping the reason for everything that did not. Nothing is lost silently: an article either reaches Kafka or
 * is reported.
 */
public final class Ingestion {

    private static final int MAX_LISTED_REJECTIONS = 1000;

    private final ArticleFiles files;
    private final ArticlePublisher publisher;
    private final Consumer<IngestionSummary> progress;
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param progress told the running totals from time to time on long inputs
     */
    public Ingestion(ArticleFiles files, ArticlePublisher publisher, Consumer<IngestionSummary> progress) {
        this.files = files;
        this.publisher = publisher;
        this.progress = progress;
    }

    public IngestionSummary ingest(List<String> arguments, InputStream stdin) throws IOException {
        for (String argument : arguments) {
            if (argument.equals("-")) {
                files.readStdin(stdin, this::accept);
                continue;
            }
            List<Path> expanded = ArticleFiles.expand(argument);
            if (expanded.isEmpty()) {
                reject(new Rejection(argument, "no article files match"));
            }
            for (Path file : expanded) {
                files.read(file, this::accept);
            }
        }
        publisher.flush();
        return summary();
    }

    private void accept(ReadResult result) {
        read.incrementAndGet();
        if (!result.accepted()) {
            reject(new Rejection(result.origin(), result.rejection()));
        } else {
            publisher.publish(result.article(), (metadata, error) -> {
                if (error == null) {
                    published.incrementAndGet();
                } else {
                    reject(new Rejection(result.origin(), "not accepted by Kafka: " + error.getMessage()));
                }
            });
        }
        if (read.get() % 1000 == 0) {
            progress.accept(summary());
        }
    }

    private void reject(Rejection rejection) {
        rejected.incrementAndGet();
        if (rejections.size() < MAX_LISTED_REJECTIONS) {
            rejections.add(rejection);
        }
    }

    private IngestionSummary summary() {
        synchronized (rejections) {
            return new IngestionSummary(read.get(), published.get(), rejected.get(), new ArrayList<>(rejections));
        }
    }
}
