package io.blastwatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.blastwatch.topology.Topic;
import io.blastwatch.topology.Topics;

/**
 * A topic as declared in {@code topics/<name>.properties}: the one description that the application, the
 * docker-compose init step and operators all read.
 *
 * @param configs topic configs: cleanup.policy, retention.ms and any {@code config.*} entry
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs,
                        String key, String value) {

    /** The declarations bundled with the application, one per topic of {@link Topics#ALL}. */
    public static List<TopicSpec> bundled() {
        List<TopicSpec> specs = new ArrayList<>();
        for (Topic<?, ?> topic : Topics.ALL) {
            String resource = "/topics/" + topic.name() + ".properties";
            try (InputStream in = TopicSpec.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("topic declaration " + resource + " is missing from the application");
                }
                specs.add(parse(load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)), resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return specs;
    }

    /** The declarations in a directory, for example the repository's {@code topics/}. */
    public static List<TopicSpec> fromDirectory(Path dir) throws IOException {
        List<TopicSpec> specs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    specs.add(parse(load(reader), file.toString()));
                }
            }
        }
        return specs;
    }

    private static Properties load(Reader reader) throws IOException {
        Properties props = new Properties();
        props.load(reader);
        return props;
    }

    static TopicSpec parse(Properties props, String origin) {
        String name = required(props, "name", origin);
        int partitions = Integer.parseInt(required(props, "partitions", origin));
        short replication = Short.parseShort(required(props, "replication.factor", origin));
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", required(props, "cleanup.policy", origin));
        configs.put("retention.ms", required(props, "retention.ms", origin));
        for (String key : props.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("config.")) {
                configs.put(key.substring("config.".length()), props.getProperty(key));
            }
        }
        return new TopicSpec(name, partitions, replication, configs, props.getProperty("key", ""),
                props.getProperty("value", ""));
    }

    private static String required(Properties props, String key, String origin) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(origin + " lacks '" + key + "'");
        }
        return value.trim();
    }
}
