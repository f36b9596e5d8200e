package io.blastwatch.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP server of {@code run}, on the JDK's own server: one handler a path. Binds to localhost unless told
 * otherwise.
 */
public final class HttpApi implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static HttpApi start(String bind, int port, Map<String, HttpHandler> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "blastwatch-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        routes.forEach(server::createContext);
        server.start();
        return new HttpApi(server, executor);
    }

    /** The routes every run serves. */
    public static Map<String, HttpHandler> routes(HealthHandler health, ArticlePushHandler push) {
        Map<String, HttpHandler> routes = new LinkedHashMap<>();
        routes.put("/api/health", health);
        routes.put("/articles", push);
        return routes;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
