package io.blastwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.blastwatch.broker.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * Topics are ready when provisioning returns: every partition of every topic it created has a leader. A producer
 * started before that could hold a partition's batches for its whole delivery timeout and then drop them, which
 * lost articles of `analyze` and `evaluate` on a loaded machine.
 */
class TopicLeadersIT {

    @Test
    void shouldReturnOnlyWhenEveryCreatedPartitionHasALeader() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Map<String, Object> client = new HashMap<>();
            client.put("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                List<String> report = TopicProvisioner.ensure(admin, TopicSpec.bundled());
                assertThat(report).anyMatch(line -> line.contains("created"));

                List<String> names = TopicSpec.bundled().stream().map(TopicSpec::name).toList();
                var described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(described.values()).allSatisfy(d -> assertThat(d.partitions())
                        .allSatisfy(p -> assertThat(p.leader()).as(d.name() + "-" + p.partition()).isNotNull()
                                .matches(node -> !node.isEmpty())));
            }
        }
    }
}
