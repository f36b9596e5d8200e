package io.blastwatch.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.blastwatch.app.ApplicationReset;
import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.broker.BrokerSettings;
import io.blastwatch.broker.EmbeddedKafkaBroker;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Rebuilds from scratch, as Kafka's application reset tool does: articles-raw is read again from "
                + "the beginning, the internal topics and the local state are removed. Stop run first; a replay or the "
                + "next run then recomputes every incident, count and alert.")
final class ResetCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        BlastwatchConfig config = options.config();
        EmbeddedKafkaBroker broker = null;
        try {
            Map<String, Object> client;
            if (config.embeddedBroker()) {
                broker = EmbeddedKafkaBroker.start(new BrokerSettings(config.dataDir().resolve("broker"),
                        config.getInt(BlastwatchConfig.BROKER_PORT), config.getInt(BlastwatchConfig.BROKER_CONTROLLER_PORT),
                        Map.of()));
                client = new java.util.HashMap<>(config.clientProperties());
                client.put("bootstrap.servers", broker.bootstrapServers());
            } else {
                client = SettingOptions.clientProperties(config);
            }
            try (Admin admin = Admin.create(client)) {
                ApplicationReset.reset(admin, config.getString(BlastwatchConfig.APPLICATION_ID),
                        config.dataDir().resolve("state"), List.of(Topics.ARTICLES_RAW.name()),
                        List.of(Topics.INCIDENT_MENTIONS.name(), Topics.INCIDENTS.name()))
                        .forEach(line -> System.out.println("reset: " + line));
            }
            return 0;
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }
}
