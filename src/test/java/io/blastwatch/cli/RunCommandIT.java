package io.blastwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.blastwatch.app.TopicSnapshot;
import io.blastwatch.model.Incident;
import io.blastwatch.testing.Ports;
import io.blastwatch.testing.JarProcess;
import io.blastwatch.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service as a user runs it: run in one terminal, ingest from another, stop, start again. */
class RunCommandIT {

    private static final Duration START = Duration.ofSeconds(90);

    @Test
    void shouldReceiveArticlesFromASecondProcessAndKeepItsDataAcrossARestart(@TempDir Path dataDir) throws Exception {
        int port = Ports.free();
        int controllerPort = Ports.free();
        String bootstrap = "127.0.0.1:" + port;
        String[] runArgs = {"run", "--data-dir", dataDir.toString(), "-s", "broker.port=" + port,
                "-s", "broker.controller.port=" + controllerPort, "-s", "http.port=0"};
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);

        int incidents;
        try (JarProcess run = JarProcess.start(runArgs)) {
            long started = System.nanoTime();
            run.awaitStderr("blastwatch: running on Kafka at " + bootstrap, START);
            System.out.printf("run was ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);

            JarProcess.Result ingest = JarProcess.run(Duration.ofMinutes(1), "ingest", "--bootstrap-servers", bootstrap,
                    "examples/articles");
            assertThat(ingest.exitCode()).as(ingest.stderr()).isZero();
            assertThat(ingest.stdout()).contains("10 articles read, 10 published, 0 repeated within this call and skipped, 0 rejected");

            incidents = awaitIncidents(client, 11);
            assertThat(run.stop(Duration.ofSeconds(60))).as("clean exit on Ctrl-C").isIn(0, 130, 143);
            assertThat(run.stderr()).contains("blastwatch: stopping");
        }

        try (JarProcess again = JarProcess.start(runArgs)) {
            again.awaitStderr("blastwatch: running on Kafka at " + bootstrap, START);
            Map<String, Incident> kept = TopicSnapshot.latest(client, Topics.INCIDENTS);
            assertThat(kept).as("the broker's data survives the restart").hasSize(incidents);

            // The end offsets, not the records: the topic is compacted, and the cleaner may remove superseded
            // records at any moment, which changes nothing of what it says.
            Map<TopicPartition, Long> ends = endOffsets(client, Topics.INCIDENTS.name());
            JarProcess.Result repeat = JarProcess.run(Duration.ofMinutes(1), "ingest", "--bootstrap-servers", bootstrap,
                    "examples/articles");
            assertThat(repeat.exitCode()).isZero();
            Thread.sleep(5_000);
            assertThat(endOffsets(client, Topics.INCIDENTS.name())).as("restored state: a repeat writes nothing")
                    .isEqualTo(ends);
            assertThat(TopicSnapshot.latest(client, Topics.INCIDENTS)).hasSize(incidents);
            again.stop(Duration.ofSeconds(60));
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Map<String, Object> client, String topic) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }
    }

    private static int awaitIncidents(Map<String, Object> client, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int found = 0;
        while (System.nanoTime() < deadline) {
            found = TopicSnapshot.latest(client, Topics.INCIDENTS).size();
            if (found >= expected) {
                Thread.sleep(2_000);
                return TopicSnapshot.latest(client, Topics.INCIDENTS).size();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("only " + found + " incidents after 90 s, expected " + expected);
    }
}
