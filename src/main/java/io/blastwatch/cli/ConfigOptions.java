package io.blastwatch.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.ConfigSources;
import picocli.CommandLine.Option;

/** Options every command shares: where Kafka is and any setting, from flags, a file or the environment. */
public final class ConfigOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka cluster to use. Default: the embedded broker (run starts it; other commands reach it "
                    + "on 127.0.0.1:<broker.port>).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings and Kafka client properties.")
    Path configFile;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any setting or Kafka client property, for example -s alert.threshold=3 "
                    + "-s security.protocol=SASL_SSL. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where run keeps the embedded broker's data and "
            + "the local state (default ./data).")
    Path dataDir;

    @Option(names = "--verbose", description = "Log more and show stack traces on errors.")
    boolean verbose;

    /** Flags beat the --config file, which beats BLASTWATCH_* environment variables. */
    BlastwatchConfig config() {
        for (String key : settings.keySet()) {
            BlastwatchConfig.unknownSetting(key).ifPresent(problem -> {
                throw new IllegalArgumentException(problem + " (-s " + key + ")");
            });
        }
        Map<String, String> flags = new HashMap<>(settings);
        if (bootstrapServers != null) {
            flags.put(BlastwatchConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (dataDir != null) {
            flags.put(BlastwatchConfig.DATA_DIR, dataDir.toString());
        }
        return new BlastwatchConfig(ConfigSources.merge(flags, configFile, System.getenv()));
    }

    /** Client properties for a cluster that is already running: the configured one, or the embedded one of run. */
    static Map<String, Object> clientProperties(BlastwatchConfig config) {
        Map<String, Object> client = new HashMap<>(config.clientProperties());
        client.put("bootstrap.servers", bootstrap(config));
        return client;
    }

    static String bootstrap(BlastwatchConfig config) {
        return config.embeddedBroker() ? "127.0.0.1:" + config.getInt(BlastwatchConfig.BROKER_PORT)
                : config.getString(BlastwatchConfig.BOOTSTRAP_SERVERS);
    }
}
