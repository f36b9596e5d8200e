package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The docker-compose topic-init step and the application create topics from the same declarations: the script's
 * kafka-topics commands (in dry-run mode) must say what {@link TopicSpec} reads from topics/.
 */
class TopicInitScriptTest {

    @Test
    void shouldCreateExactlyTheTopicsTheApplicationDeclares() throws Exception {
        Map<String, TopicSpec> declared = new HashMap<>();
        TopicSpec.fromDirectory(Path.of("topics")).forEach(spec -> declared.put(spec.name(), spec));

        Map<String, List<String>> commands = dryRun();

        assertThat(commands.keySet()).isEqualTo(declared.keySet());
        commands.forEach((name, args) -> {
            TopicSpec spec = declared.get(name);
            assertThat(valueAfter(args, "--partitions")).isEqualTo(String.valueOf(spec.partitions()));
            assertThat(valueAfter(args, "--replication-factor")).isEqualTo("1");
            Map<String, String> configs = new LinkedHashMap<>();
            for (int i = 0; i < args.size() - 1; i++) {
                if (args.get(i).equals("--config")) {
                    String[] kv = args.get(i + 1).split("=", 2);
                    configs.put(kv[0], kv[1]);
                }
            }
            assertThat(configs).as("configs of %s", name).isEqualTo(spec.configs());
        });
    }

    @Test
    void shouldMountTheDeclarationsAndTheScriptInTheComposeFile() throws IOException {
        String compose = Files.readString(Path.of("docker-compose.yml"), StandardCharsets.UTF_8);
        assertThat(compose).contains("./topics:/topics:ro").contains("./scripts/create-topics.sh:")
                .contains("condition: service_completed_successfully");
    }

    private static Map<String, List<String>> dryRun() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/create-topics.sh", "topics").redirectErrorStream(true);
        builder.environment().put("DRY_RUN", "1");
        builder.environment().put("MAX_REPLICATION_FACTOR", "1");
        Process dry = builder.start();
        String output = new String(dry.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dry.waitFor()).as(output).isZero();
        Map<String, List<String>> byTopic = new HashMap<>();
        for (String line : output.strip().split("\n")) {
            List<String> args = List.of(line.trim().split("\\s+"));
            byTopic.put(valueAfter(args, "--topic"), args);
        }
        return byTopic;
    }

    private static String valueAfter(List<String> args, String flag) {
        int i = args.indexOf(flag);
        assertThat(i).as("%s in %s", flag, args).isGreaterThanOrEqualTo(0);
        return args.get(i + 1);
    }
}
