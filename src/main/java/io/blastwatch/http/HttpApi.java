package io.blastwatch.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.blastwatch.serde.Json;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The HTTP endpoints of {@code run}, on the JDK's own server: {@code GET /api/health} says whether the pipeline is
 * running (200) or not (503). Binds to localhost unless told otherwise.
 */
public final class HttpApi implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static HttpApi start(String bind, int port, KafkaStreams streams) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "blastwatch-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/api/health", exchange -> health(exchange, streams));
        server.start();
        return new HttpApi(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void health(HttpExchange exchange, KafkaStreams streams) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            send(exchange, 405, Map.of("status", 405, "error", "only GET is allowed"));
            return;
        }
        KafkaStreams.State state = streams.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("pipeline", state.name());
        send(exchange, up ? 200 : 503, body);
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.toString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
