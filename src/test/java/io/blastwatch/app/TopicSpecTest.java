package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import io.blastwatch.topology.Topic;
import io.blastwatch.topology.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicSpecTest {

    private static final String VALID = """
            name=example-topic
            partitions=3
            replication.factor=1
            cleanup.policy=delete
            retention.ms=-1
            config.retention.bytes=1024
            key=a key
            value=a value
            """;

    @TempDir
    Path dir;

    @Test
    void shouldBundleExactlyOneSpecPerTopic() {
        List<String> topicNames = Topics.ALL.stream().map(Topic::name).toList();

        List<TopicSpec> bundled = TopicSpec.bundled();

        assertThat(bundled).extracting(TopicSpec::name).containsExactlyElementsOf(topicNames);
        assertThat(bundled).extracting(TopicSpec::name).doesNotHaveDuplicates();
        assertThat(topicNames).contains("articles-raw", "incident-mentions", "incidents",
                "unexplained-explosion-counts", "alerts", "articles-dlq");
    }

    @Test
    void shouldAgreeWithTheRepositoryTopicsDirectory() throws IOException {
        List<TopicSpec> fromDirectory = TopicSpec.fromDirectory(Path.of("topics"));

        assertThat(fromDirectory).containsExactlyInAnyOrderElementsOf(TopicSpec.bundled());
    }

    @Test
    void shouldDeclareUsableSettingsForEveryTopic() {
        assertThat(TopicSpec.bundled()).allSatisfy(spec -> {
            assertThat(spec.partitions()).as(spec.name()).isGreaterThanOrEqualTo(1);
            assertThat(spec.replicationFactor()).as(spec.name()).isGreaterThanOrEqualTo((short) 1);
            assertThat(spec.configs().get("cleanup.policy")).as(spec.name()).isIn("delete", "compact");
            assertThat(spec.configs().get("retention.ms")).as(spec.name()).isNotBlank();
            assertThat(spec.key()).as(spec.name()).isNotBlank();
            assertThat(spec.value()).as(spec.name()).isNotBlank();
        });
    }

    @Test
    void shouldCompactTheTableTopicsOnly() {
        List<String> compacted = TopicSpec.bundled().stream()
                .filter(spec -> "compact".equals(spec.configs().get("cleanup.policy")))
                .map(TopicSpec::name)
                .toList();

        assertThat(compacted).containsExactlyInAnyOrder(Topics.INCIDENTS.name(), Topics.ALERTS.name(),
                Topics.COUNTS.name(), Topics.FEED_STATE.name());
    }

    @Test
    void shouldReadConfigEntriesOfADeclaration() throws IOException {
        Files.writeString(dir.resolve("example-topic.properties"), VALID, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), "not a declaration", StandardCharsets.UTF_8);

        List<TopicSpec> specs = TopicSpec.fromDirectory(dir);

        assertThat(specs).singleElement().satisfies(spec -> {
            assertThat(spec.name()).isEqualTo("example-topic");
            assertThat(spec.partitions()).isEqualTo(3);
            assertThat(spec.replicationFactor()).isEqualTo((short) 1);
            assertThat(spec.configs()).containsOnlyKeys("cleanup.policy", "retention.ms", "retention.bytes");
            assertThat(spec.configs()).containsEntry("retention.bytes", "1024");
            assertThat(spec.key()).isEqualTo("a key");
            assertThat(spec.value()).isEqualTo("a value");
        });
    }

    @Test
    void shouldNameTheFileOfADeclarationLackingAName() throws IOException {
        Path file = dir.resolve("nameless.properties");
        Files.writeString(file, VALID.replace("name=example-topic\n", ""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TopicSpec.fromDirectory(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nameless.properties")
                .hasMessageContaining("'name'");
    }

    @Test
    void shouldRejectABlankRequiredValue() throws IOException {
        Properties props = new Properties();
        props.load(new java.io.StringReader(VALID.replace("cleanup.policy=delete", "cleanup.policy=   ")));

        assertThatThrownBy(() -> TopicSpec.parse(props, "inline.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inline.properties")
                .hasMessageContaining("cleanup.policy");
    }
}
