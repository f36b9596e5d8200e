package io.blastwatch.cli;

import java.util.HashMap;
import java.util.Map;

import io.blastwatch.app.BlastwatchConfig;
import picocli.CommandLine.Option;

/** The options of commands that work against a running cluster: the settings, and where the cluster is. */
public class ClusterOptions extends SettingOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka cluster to use. Default: the embedded broker (run starts it; other commands reach it "
                    + "on 127.0.0.1:<broker.port>).")
    String bootstrapServers;

    @Override
    Map<String, String> optionFlags() {
        Map<String, String> flags = new HashMap<>(super.optionFlags());
        if (bootstrapServers != null) {
            flags.put(BlastwatchConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        return flags;
    }
}
