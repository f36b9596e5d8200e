package io.blastwatch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.PublicationSource;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes historical articles in publication order, each with its publication time as the record time: as fast
 * as possible, or paced so that an hour of news takes {@code 3600 / speed} seconds. Articles without a publication
 * time cannot be placed in time and come last.
 */
public final class Replay {

    /**
     * @param from  first publication day to replay, or null
     * @param to    last publication day to replay, or null
     * @param speed how many seconds of publication time pass per second; 0 for as fast as possible
     */
    public record Options(LocalDate from, LocalDate to, double speed) {
    }

    /** What a replay did; {@code outsideRange} articles were left out by --from and --to. */
    public record Result(IngestionSummary summary, int outsideRange) {
    }

    /** Waits between paced articles; a test passes one that does not really sleep. */
    public interface Pause {
        void pause(long millis) throws InterruptedException;
    }

    private final ArticleFiles files;
    private final ArticlePublisher publisher;
    private final Pause pause;
    private final Consumer<IngestionSummary> progress;

    public Replay(ArticleFiles files, ArticlePublisher publisher, Pause pause, Consumer<IngestionSummary> progress) {
        this.files = files;
        this.publisher = publisher;
        this.pause = pause;
        this.progress = progress;
    }

    public Result replay(List<String> paths, Options options) throws IOException, InterruptedException {
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int read = 0;
        List<Path> sources = new ArrayList<>();
        for (String path : paths) {
            List<Path> expanded = ArticleFiles.expand(path);
            if (expanded.isEmpty()) {
                rejections.add(new Rejection(path, "no article files match"));
            }
            sources.addAll(expanded);
        }
        for (Path file : sources) {
            List<ReadResult> results = new ArrayList<>();
            files.read(file, results::add);
            for (ReadResult r : results) {
                read++;
                if (r.accepted()) {
                    articles.add(r.article());
                } else {
                    rejections.add(new Rejection(r.origin(), r.rejection()));
                }
            }
        }
        List<Article> selected = articles.stream().filter(a -> within(a, options))
                .sorted(Comparator.comparing(Replay::time, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .toList();
        return new Result(publishInOrder(selected, read, rejections, sources.size(), options),
                articles.size() - selected.size());
    }

    private IngestionSummary publishInOrder(List<Article> selected, int read, List<Rejection> rejections, int sources,
                                            Options options) throws InterruptedException {
        Set<String> ids = new HashSet<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<Article> sentArticles = new ArrayList<>();
        int duplicates = 0;
        Instant previous = null;
        for (Article article : selected) {
            if (!ids.add(article.id())) {
                duplicates++;
                continue;
            }
            Instant at = time(article);
            if (options.speed() > 0 && previous != null && at != null && at.isAfter(previous)) {
                pause.pause((long) ((at.toEpochMilli() - previous.toEpochMilli()) / options.speed()));
                publisher.flush(); // a paced replay is live: each article leaves when its time comes
            }
            previous = at == null ? previous : at;
            sent.add(publisher.publish(article, null));
            sentArticles.add(article);
            // A paced replay reports every article (the progress line keeps the rate readable): it may run for hours.
            if (options.speed() > 0 || sent.size() % 500 == 0) {
                progress.accept(new IngestionSummary(read, sent.size(), duplicates, rejections.size(), rejections, 0, sources));
            }
        }
        publisher.flush();
        int published = 0;
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get();
                published++;
            } catch (ExecutionException e) {
                rejections.add(new Rejection(sentArticles.get(i).id(), "not accepted by Kafka: " + e.getCause().getMessage()));
            }
        }
        return new IngestionSummary(read, published, duplicates, rejections.size(), rejections, sources, sources);
    }

    private static boolean within(Article a, Options options) {
        Instant t = time(a);
        if (t == null) {
            return options.from() == null && options.to() == null;
        }
        LocalDate day = t.atZone(ZoneOffset.UTC).toLocalDate();
        return (options.from() == null || !day.isBefore(options.from()))
                && (options.to() == null || !day.isAfter(options.to()));
    }

    /** The publication time, or null when only the ingestion time is known. */
    static Instant time(Article a) {
        return a.publishedFrom() == PublicationSource.INGESTION ? null : PublicationDates.instant(a.published()).orElse(null);
    }
}
