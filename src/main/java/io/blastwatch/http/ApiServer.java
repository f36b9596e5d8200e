package io.blastwatch.http;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.window.RollingWindow;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Everything {@code run} serves over HTTP, in the order it can: the server and the dashboard at once (the pipeline
 * must know the server's address before it starts), the API, push and metrics once the pipeline runs. Their paths
 * exist from the start and answer 503 "starting" until then, so a client never sees a wrong 404 or 405; health turns
 * UP only once every route is ready.
 */
public final class ApiServer implements AutoCloseable {

    private final HttpApi http;
    private final PipelineHandle handle = new PipelineHandle();
    private final LateHandler api = new LateHandler();
    private final LateHandler articles = new LateHandler();
    private final LateHandler metricsRoute = new LateHandler();
    private final AtomicReference<BrokerProbe> probe = new AtomicReference<>();
    private MetricsHandler metrics;

    private ApiServer(HttpApi http) {
        this.http = http;
    }

    public static ApiServer start(String bind, int port) throws IOException {
        ApiServer server = new ApiServer(HttpApi.start(bind, port));
        server.http.route("/api/health", new HealthHandler(server.handle, () -> {
                    BrokerProbe p = server.probe.get();
                    return p == null ? null : p.status();
                }))
                .route("/api/", server.api)
                .route("/articles", server.articles)
                .route("/metrics", server.metricsRoute)
                .route("/", new StaticHandler());
        return server;
    }

    public int port() {
        return http.port();
    }

    /** Serves the pipeline's state, and accepts articles through {@code publisher}. */
    public void attach(KafkaStreams streams, HostInfo self, RollingWindow window, int alertThreshold,
                       ArticleParser parser, ArticlePublisher publisher, Map<String, Object> clientProperties) {
        PipelineHandle attached = new PipelineHandle();
        attached.set(streams);
        metrics = new MetricsHandler(streams, clientProperties);
        probe.set(new BrokerProbe(clientProperties, Clock.systemUTC()));
        api.ready(new ApiHandler(new QueryService(attached, self, window, alertThreshold)));
        articles.ready(new ArticlePushHandler(parser, publisher, ArticlePushHandler.DEFAULT_MAX_BODY_BYTES));
        metricsRoute.ready(metrics);
        // Last: health turns UP only once every route above answers.
        handle.set(streams);
    }

    @Override
    public void close() {
        http.close();
        if (metrics != null) {
            metrics.close();
        }
        BrokerProbe p = probe.get();
        if (p != null) {
            p.close();
        }
    }

    /** A route whose handler comes later; until then it answers 503 with the reason and when to try again. */
    private static final class LateHandler implements HttpHandler {
        private final AtomicReference<HttpHandler> handler = new AtomicReference<>();

        void ready(HttpHandler ready) {
            handler.set(ready);
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            HttpHandler ready = handler.get();
            if (ready != null) {
                ready.handle(exchange);
                return;
            }
            exchange.getResponseHeaders().set("Retry-After", "2");
            HttpResponses.error(exchange, 503, "starting: the pipeline is not running yet, try again in a few seconds");
        }
    }
}
