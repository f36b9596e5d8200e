package io.blastwatch.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /api/health}: 200 and UP while the pipeline runs (or rebalances) and the brokers answer; otherwise 503
 * and DOWN, with the reason. Until the pipeline and every route are ready it is DOWN with "starting".
 */
public final class HealthHandler implements HttpHandler {

    private final PipelineHandle pipeline;
    private final Supplier<BrokerProbe.Status> broker;

    /** @param broker the latest broker probe, or null while there is none (before the pipeline is attached) */
    public HealthHandler(PipelineHandle pipeline, Supplier<BrokerProbe.Status> broker) {
        this.pipeline = pipeline;
        this.broker = broker;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            HttpResponses.error(exchange, 405, "only GET is allowed");
            return;
        }
        KafkaStreams.State state = pipeline.get().map(KafkaStreams::state).orElse(KafkaStreams.State.CREATED);
        boolean running = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        BrokerProbe.Status brokers = broker.get();
        Map<String, Object> body = new LinkedHashMap<>();
        String reason = null;
        if (pipeline.get().isEmpty()) {
            reason = "starting: the pipeline is not running yet";
        } else if (!running) {
            reason = "the pipeline is " + state.name();
        } else if (brokers != null && !brokers.reachable()) {
            reason = "the Kafka brokers do not answer since " + brokers.since() + " (" + brokers.problem() + ")";
        }
        body.put("status", reason == null ? "UP" : "DOWN");
        body.put("pipeline", state.name());
        if (brokers != null) {
            body.put("broker", brokers.reachable() ? "REACHABLE" : "UNREACHABLE");
            body.put("brokerSince", brokers.since().toString());
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        HttpResponses.json(exchange, reason == null ? 200 : 503, body);
    }
}
