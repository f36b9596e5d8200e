package io.blastwatch.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.blastwatch.broker.BrokerSettings;
import io.blastwatch.broker.EmbeddedKafkaBroker;
import io.blastwatch.extract.Gazetteer;
import org.apache.kafka.clients.admin.Admin;

/**
 * The long-running service: the embedded broker (unless a cluster is configured), the topics, the pipeline. Its data
 * lives in the data directory and survives restarts.
 */
public final class PipelineService implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final Pipeline pipeline;
    private final String bootstrapServers;
    private final List<String> topicReport;

    private PipelineService(EmbeddedKafkaBroker broker, Pipeline pipeline, String bootstrapServers, List<String> topicReport) {
        this.broker = broker;
        this.pipeline = pipeline;
        this.bootstrapServers = bootstrapServers;
        this.topicReport = topicReport;
    }

    /** @param applicationServer host:port of this instance's HTTP endpoints, or null */
    public static PipelineService start(BlastwatchConfig config, String applicationServer) {
        EmbeddedKafkaBroker broker = null;
        try {
            String bootstrap;
            if (config.embeddedBroker()) {
                broker = EmbeddedKafkaBroker.start(new BrokerSettings(config.dataDir().resolve("broker"),
                        config.getInt(BlastwatchConfig.BROKER_PORT), config.getInt(BlastwatchConfig.BROKER_CONTROLLER_PORT),
                        Map.of()));
                bootstrap = broker.bootstrapServers();
            } else {
                bootstrap = config.getString(BlastwatchConfig.BOOTSTRAP_SERVERS);
            }
            Map<String, Object> client = new HashMap<>(config.clientProperties());
            client.put("bootstrap.servers", bootstrap);
            List<String> report;
            try (Admin admin = Admin.create(client)) {
                report = TopicProvisioner.ensure(admin, TopicSpec.bundled());
            }
            Pipeline pipeline = Pipeline.start(config, bootstrap, config.dataDir().resolve("state"), Gazetteer.load(),
                    applicationServer);
            return new PipelineService(broker, pipeline, bootstrap, report);
        } catch (RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Kafka client settings for other clients of the same cluster: the configured ones and the bootstrap. */
    public Map<String, Object> clientProperties(BlastwatchConfig config) {
        Map<String, Object> client = new HashMap<>(config.clientProperties());
        client.put("bootstrap.servers", bootstrapServers);
        return client;
    }

    public boolean embedded() {
        return broker != null;
    }

    public List<String> topicReport() {
        return topicReport;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    @Override
    public void close() {
        try {
            pipeline.close();
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }
}
