package io.blastwatch.topology;

import java.util.Optional;

import io.blastwatch.model.Article;
import io.blastwatch.model.DeadLetter;
import io.blastwatch.model.Ids;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.serde.Json;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads the bytes of {@code articles-raw} into articles. Anything else (broken JSON, no text, a text too long to
 * process, a publication date that is not a date) becomes a dead letter that says why, and the pipeline goes on:
 * other programs than ours may write to the topic.
 */
final class ArticleParsing implements FixedKeyProcessor<String, byte[], ParsedArticle> {

    private final int maxArticleChars;
    private FixedKeyProcessorContext<String, ParsedArticle> context;

    ArticleParsing(int maxArticleChars) {
        this.maxArticleChars = maxArticleChars;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ParsedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        byte[] value = record.value();
        String problem;
        Article article = null;
        if (value == null || value.length == 0) {
            problem = "empty record";
        } else {
            try {
                article = Json.fromBytes(value, Article.class);
                problem = validate(article);
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            context.forward(record.withValue(new ParsedArticle(null, deadLetter(problem, record))));
            return;
        }
        context.forward(record.withValue(new ParsedArticle(completed(article, record.key(), value), null)));
    }

    private String validate(Article a) {
        if (a == null) {
            return "JSON null instead of an article";
        }
        if (a.text() == null || a.text().isBlank()) {
            return "article has no text";
        }
        if (a.text().length() > maxArticleChars) {
            return "article text too long: " + a.text().length() + " characters (limit " + maxArticleChars + ")";
        }
        Optional<String> oversized = a.oversizedField();
        if (oversized.isPresent()) {
            return oversized.get();
        }
        if (a.published() != null && PublicationDates.instant(a.published()).isEmpty()) {
            return "\"published\" is not a date (YYYY-MM-DD) or ISO date-time: " + a.published();
        }
        return null;
    }

    /** Articles written by other producers may lack an id or a source of their publication date. */
    private static Article completed(Article a, String key, byte[] value) {
        Article result = a;
        if (result.id() == null || result.id().isBlank()) {
            boolean usableKey = key != null && !key.isBlank() && key.length() <= Article.MAX_ID_CHARS;
            result = result.withId(usableKey ? key : "c-" + Ids.hash(new String(value,
                    java.nio.charset.StandardCharsets.UTF_8), 16));
        }
        if (result.published() != null && result.publishedFrom() == null) {
            result = result.withPublished(result.published(), PublicationSource.FIELD);
        }
        if (result.outlet() == null || result.outlet().isBlank()) {
            result = result.withOutlet(Optional.ofNullable(result.url()).orElse("unknown"));
        }
        return result;
    }

    private DeadLetter deadLetter(String reason, FixedKeyRecord<String, byte[]> record) {
        Optional<RecordMetadata> where = context.recordMetadata();
        return DeadLetters.of(reason, "parse-articles", where.map(RecordMetadata::topic).orElse(null),
                where.map(RecordMetadata::partition).orElse(-1), where.map(RecordMetadata::offset).orElse(-1L),
                record.key() == null ? null : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                record.value(), record.timestamp());
    }
}
