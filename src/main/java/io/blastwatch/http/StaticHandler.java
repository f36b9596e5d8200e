package io.blastwatch.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The dashboard's files, from the application's own resources. Only the listed files exist: a path is looked up in
 * the list, never joined to a directory, so no request can reach any other file.
 */
public final class StaticHandler implements HttpHandler {

    private static final String ROOT = "/io/blastwatch/http/dashboard/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/style.css", "style.css",
            "/outlines.json", "outlines.json");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            HttpResponses.error(exchange, 405, "only GET is allowed");
            return;
        }
        String file = FILES.get(exchange.getRequestURI().getPath());
        if (file == null) {
            HttpResponses.error(exchange, 404, "not found: " + exchange.getRequestURI().getPath());
            return;
        }
        byte[] body;
        try (InputStream in = StaticHandler.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                HttpResponses.error(exchange, 500, "dashboard file missing from the application: " + file);
                return;
            }
            body = in.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
