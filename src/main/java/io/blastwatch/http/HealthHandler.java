package io.blastwatch.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.kafka.streams.KafkaStreams;

/** {@code GET /api/health}: 200 while the pipeline runs or rebalances, 503 otherwise. */
public final class HealthHandler implements HttpHandler {

    private final PipelineHandle pipeline;

    public HealthHandler(PipelineHandle pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            HttpResponses.error(exchange, 405, "only GET is allowed");
            return;
        }
        KafkaStreams.State state = pipeline.get().map(KafkaStreams::state).orElse(KafkaStreams.State.CREATED);
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("pipeline", state.name());
        HttpResponses.json(exchange, up ? 200 : 503, body);
    }
}
