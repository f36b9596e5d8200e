package io.blastwatch.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.ingest.ReadResult;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * {@code POST /articles}: one article as a JSON object, or many as JSON lines. Valid articles are published, and
 * the answer comes only once Kafka has them: 202 with their ids, with the count of bad records and the reasons for
 * the first hundred beside them; 400 when no record was valid; 413 when the body is too large.
 */
public final class ArticlePushHandler implements HttpHandler {

    public static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final long PUBLISH_TIMEOUT_SECONDS = 30;
    /** Reasons listed in an answer; the others are counted. */
    static final int MAX_REASONS = 100;
    private static final int MAX_REASON_CHARS = 300;

    private final ArticleParser parser;
    private final ArticlePublisher publisher;
    private final int maxBodyBytes;

    public ArticlePushHandler(ArticleParser parser, ArticlePublisher publisher, int maxBodyBytes) {
        this.parser = parser;
        this.publisher = publisher;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            HttpResponses.error(exchange, 405, "POST a JSON article or JSON lines to /articles");
            return;
        }
        byte[] body = HttpResponses.body(exchange, maxBodyBytes);
        if (body == null) {
            HttpResponses.error(exchange, 413, "request body larger than " + maxBodyBytes + " bytes; send JSON lines in parts");
            return;
        }
        List<ReadResult> results = parse(body);
        List<String> ids = new ArrayList<>();
        List<Map<String, String>> rejected = new ArrayList<>();
        int rejectedCount = 0;
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<ReadResult> accepted = new ArrayList<>();
        for (ReadResult r : results) {
            if (r.accepted()) {
                sent.add(publisher.publish(r.article(), null));
                accepted.add(r);
            } else {
                rejectedCount++;
                if (rejected.size() < MAX_REASONS) {
                    rejected.add(Map.of("record", r.origin(), "reason", clip(r.rejection())));
                }
            }
        }
        publisher.flush();
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                ids.add(accepted.get(i).article().id());
            } catch (ExecutionException | TimeoutException e) {
                rejectedCount++;
                if (rejected.size() < MAX_REASONS) {
                    rejected.add(Map.of("record", accepted.get(i).origin(),
                            "reason", clip("not accepted by Kafka: " + e.getMessage())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                HttpResponses.error(exchange, 503, "interrupted while publishing");
                return;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", ids.size());
        answer.put("ids", ids);
        answer.put("rejectedCount", rejectedCount);
        answer.put("rejected", rejected);
        if (rejectedCount > rejected.size()) {
            answer.put("rejectedNotListed", rejectedCount - rejected.size());
        }
        HttpResponses.json(exchange, ids.isEmpty() ? 400 : 202, answer);
    }

    /** A reason short enough that megabytes of bad lines give an answer of kilobytes. */
    private static String clip(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS - 1) + "…";
    }

    /** A body is one JSON object when it parses as one; otherwise each line is an article. */
    private List<ReadResult> parse(byte[] body) {
        List<ReadResult> single = parser.parse("body", body, ArticleParser.Format.JSON);
        if (single.size() == 1 && single.get(0).accepted()) {
            return single;
        }
        List<ReadResult> lines = parser.parse("line", body, ArticleParser.Format.JSONL);
        return lines.size() > 1 || lines.stream().anyMatch(ReadResult::accepted) ? lines : single;
    }
}
