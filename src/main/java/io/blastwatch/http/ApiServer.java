package io.blastwatch.http;

import java.io.IOException;
import java.util.Map;

import io.blastwatch.ingest.ArticleParser;
import io.blastwatch.ingest.ArticlePublisher;
import io.blastwatch.window.RollingWindow;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Everything {@code run} serves over HTTP, in the order it can: the server and the dashboard at once (the pipeline
 * must know the server's address before it starts), the API, push and metrics once the pipeline runs.
 */
public final class ApiServer implements AutoCloseable {

    private final HttpApi http;
    private final PipelineHandle handle = new PipelineHandle();
    private MetricsHandler metrics;

    private ApiServer(HttpApi http) {
        this.http = http;
    }

    public static ApiServer start(String bind, int port) throws IOException {
        ApiServer server = new ApiServer(HttpApi.start(bind, port));
        server.http.route("/api/health", new HealthHandler(server.handle)).route("/", new StaticHandler());
        return server;
    }

    public int port() {
        return http.port();
    }

    /** Serves the pipeline's state, and accepts articles through {@code publisher}. */
    public void attach(KafkaStreams streams, HostInfo self, RollingWindow window, int alertThreshold,
                       ArticleParser parser, ArticlePublisher publisher, Map<String, Object> clientProperties) {
        handle.set(streams);
        metrics = new MetricsHandler(streams, clientProperties);
        http.route("/api/", new ApiHandler(new QueryService(handle, self, window, alertThreshold)))
                .route("/articles", new ArticlePushHandler(parser, publisher, ArticlePushHandler.DEFAULT_MAX_BODY_BYTES))
                .route("/metrics", metrics);
    }

    @Override
    public void close() {
        http.close();
        if (metrics != null) {
            metrics.close();
        }
    }
}
