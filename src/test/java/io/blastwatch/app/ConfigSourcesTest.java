package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourcesTest {

    @TempDir
    Path dir;

    private Path configFile(String content) throws IOException {
        Path file = dir.resolve("blastwatch.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void shouldMapBlastwatchEnvironmentVariablesToSettings() {
        Map<String, String> settings = ConfigSources.fromEnvironment(Map.of(
                "BLASTWATCH_ALERT_THRESHOLD", "3",
                "BLASTWATCH_SASL_JAAS_CONFIG", "org.example.Login required;",
                "BLASTWATCH_", "ignored: no name after the prefix",
                "PATH", "/usr/bin",
                "blastwatch_window_months", "9"));

        assertThat(settings).containsOnly(
                Map.entry("alert.threshold", "3"),
                Map.entry("sasl.jaas.config", "org.example.Login required;"));
    }

    @Test
    void shouldLetAFlagBeatTheFileAndTheFileBeatTheEnvironment() throws IOException {
        Map<String, String> env = Map.of("BLASTWATCH_ALERT_THRESHOLD", "3", "BLASTWATCH_WINDOW_MONTHS", "6",
                "BLASTWATCH_STREAM_THREADS", "4");
        Path file = configFile("alert.threshold=4\nwindow.months=7\n");
        Map<String, String> flags = Map.of("alert.threshold", "6");

        Map<String, Object> all = ConfigSources.merge(flags, file, env);
        Map<String, Object> noFlag = ConfigSources.merge(Map.of(), file, env);
        Map<String, Object> envOnly = ConfigSources.merge(Map.of(), null, env);

        assertThat(all).containsEntry("alert.threshold", "6").containsEntry("window.months", "7")
                .containsEntry("stream.threads", "4");
        assertThat(noFlag).containsEntry("alert.threshold", "4");
        assertThat(envOnly).containsEntry("alert.threshold", "3").containsEntry("window.months", "6");
    }

    @Test
    void shouldIgnoreFlagsWithoutValue() throws IOException {
        Path file = configFile("alert.threshold=8\n");
        Map<String, String> flags = new HashMap<>();
        flags.put("alert.threshold", null);
        flags.put("window.months", null);

        Map<String, Object> merged = ConfigSources.merge(flags, file, Map.of());

        assertThat(merged).containsEntry("alert.threshold", "8").doesNotContainKey("window.months");
    }

    @Test
    void shouldTrimValuesReadFromTheFile() throws IOException {
        Path file = configFile("# a comment\nalert.threshold =   9   \nsecurity.protocol=SASL_SSL\t\n");

        Map<String, String> settings = ConfigSources.fromFile(file);

        assertThat(settings).containsOnly(Map.entry("alert.threshold", "9"),
                Map.entry("security.protocol", "SASL_SSL"));
    }

    @Test
    void shouldFailClearlyForAMissingConfigFile() {
        Path missing = dir.resolve("absent.properties");

        assertThatThrownBy(() -> ConfigSources.merge(Map.of(), missing, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void shouldFailClearlyWhenTheConfigFileIsADirectory() {
        assertThatThrownBy(() -> ConfigSources.fromFile(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.toString());
    }

    @Test
    void shouldFeedMergedSettingsIntoTheConfiguration() throws IOException {
        Path file = configFile("window.months=2\n");
        Map<String, String> env = Map.of("BLASTWATCH_ALERT_THRESHOLD", "3",
                "BLASTWATCH_SASL_JAAS_CONFIG", "module required;");

        BlastwatchConfig config = new BlastwatchConfig(ConfigSources.merge(Map.of("stream.threads", "3"), file, env));

        assertThat(config.getInt(BlastwatchConfig.ALERT_THRESHOLD)).isEqualTo(3);
        assertThat(config.getInt(BlastwatchConfig.WINDOW_MONTHS)).isEqualTo(2);
        assertThat(config.getInt(BlastwatchConfig.STREAM_THREADS)).isEqualTo(3);
        assertThat(config.clientProperties()).containsEntry("sasl.jaas.config", "module required;");
    }
}
