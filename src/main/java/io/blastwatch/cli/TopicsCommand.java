package io.blastwatch.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.blastwatch.app.TopicProvisioner;
import io.blastwatch.app.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Lists the topics declared in topics/, or creates the missing ones on a running cluster.")
final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Option(names = "--create", description = "Create the missing topics on the cluster (the embedded one of run by default).")
    boolean create;

    @Override
    public Integer call() {
        List<TopicSpec> specs = TopicSpec.bundled();
        if (create) {
            try (Admin admin = Admin.create(SettingOptions.clientProperties(options.config()))) {
                TopicProvisioner.ensure(admin, specs).forEach(System.out::println);
            }
            return 0;
        }
        for (TopicSpec spec : specs) {
            System.out.printf("%-30s partitions=%d replication=%d %s%n    key:   %s%n    value: %s%n", spec.name(),
                    spec.partitions(), spec.replicationFactor(), spec.configs(), spec.key(), spec.value());
        }
        return 0;
    }
}
