package io.blastwatch.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Collects settings from their three sources. A flag beats the properties file, which beats a
 * {@code BLASTWATCH_*} environment variable ({@code BLASTWATCH_ALERT_THRESHOLD=3} is {@code alert.threshold=3},
 * {@code BLASTWATCH_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}).
 */
public final class ConfigSources {

    static final String ENV_PREFIX = "BLASTWATCH_";

    private ConfigSources() {
    }

    public static Map<String, Object> merge(Map<String, String> flags, Path configFile, Map<String, String> environment) {
        Map<String, Object> merged = new LinkedHashMap<>(fromEnvironment(environment));
        if (configFile != null) {
            merged.putAll(fromFile(configFile));
        }
        flags.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                settings.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return settings;
    }

    static Map<String, String> fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("config file " + file + " does not exist");
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(name -> settings.put(name, props.getProperty(name).trim()));
        return settings;
    }
}
