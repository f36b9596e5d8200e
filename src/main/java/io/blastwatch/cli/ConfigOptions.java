package io.blastwatch.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.blastwatch.app.BlastwatchConfig;
import picocli.CommandLine.Option;

/** The options of run and reset, which own local data: a cluster's, and where the data lives. */
public final class ConfigOptions extends ClusterOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where run keeps the embedded broker's data and "
            + "the local state (default ./data).")
    Path dataDir;

    @Override
    Map<String, String> optionFlags() {
        Map<String, String> flags = new HashMap<>(super.optionFlags());
        if (dataDir != null) {
            flags.put(BlastwatchConfig.DATA_DIR, dataDir.toString());
        }
        return flags;
    }
}
