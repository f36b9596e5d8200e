package io.blastwatch.broker;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how the embedded broker runs.
 *
 * @param dataDir        directory holding the broker's logs; reused across restarts
 * @param port           client port on 127.0.0.1, or 0 for any free port
 * @param controllerPort KRaft controller port on 127.0.0.1, or 0 for any free port
 * @param overrides      broker properties that replace the defaults
 */
public record BrokerSettings(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
    public BrokerSettings {
        overrides = Map.copyOf(overrides);
    }
}
