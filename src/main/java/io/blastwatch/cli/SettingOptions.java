package io.blastwatch.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.blastwatch.app.BlastwatchConfig;
import io.blastwatch.app.ConfigSources;
import picocli.CommandLine.Option;

/**
 * The options of every command: settings from flags, a file or the environment. Commands that reach a cluster add
 * where it is ({@link ClusterOptions}); those that keep local data add where ({@link ConfigOptions}). A command
 * offers only the options it uses.
 */
public class SettingOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings and Kafka client properties.")
    Path configFile;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any setting or Kafka client property, for example -s alert.threshold=3 "
                    + "-s security.protocol=SASL_SSL. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

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
        flags.putAll(optionFlags());
        return new BlastwatchConfig(ConfigSources.merge(flags, configFile, System.getenv()));
    }

    /** The settings that the options of a subclass stand for. */
    Map<String, String> optionFlags() {
        return Map.of();
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
