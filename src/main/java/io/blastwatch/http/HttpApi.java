package io.blastwatch.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP server of {@code run}, on the JDK's own server: one handler a path, added as the parts they serve come
 * up. Binds to localhost unless told otherwise; a request must arrive within 30 s and its answer leave within 60 s.
 */
public final class HttpApi implements AutoCloseable {

    static {
        // The JDK server reads its limits once, from system properties; without them a slow client holds a thread forever.
        System.setProperty("sun.net.httpserver.maxReqTime", "30");
        System.setProperty("sun.net.httpserver.maxRspTime", "60");
        System.setProperty("sun.net.httpserver.maxReqHeaders", "100");
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static HttpApi start(String bind, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "blastwatch-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new HttpApi(server, executor);
    }

    public HttpApi route(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
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
