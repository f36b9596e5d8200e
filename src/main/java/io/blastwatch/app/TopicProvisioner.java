package io.blastwatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the declared topics that are missing. A declared replication factor larger than the cluster is lowered
 * to the number of brokers (the embedded broker is one), and an existing topic that differs from its declaration
 * is reported, never changed: repartitioning a live topic is an operator's decision.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_SECONDS = 60;

    private TopicProvisioner() {
    }

    /** Returns a line per topic saying what was done. */
    public static List<String> ensure(Admin admin, List<TopicSpec> specs) {
        try {
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).size();
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> report = new ArrayList<>();
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (existing.contains(spec.name())) {
                    report.add(check(admin, spec));
                } else {
                    short replicas = (short) Math.max(1, Math.min(spec.replicationFactor(), brokers));
                    missing.add(new NewTopic(spec.name(), spec.partitions(), replicas).configs(spec.configs()));
                    report.add(spec.name() + ": created (" + spec.partitions() + " partitions, replication " + replicas
                            + (replicas < spec.replicationFactor() ? ", lowered from " + spec.replicationFactor()
                            + " to fit " + brokers + " broker" + (brokers == 1 ? "" : "s") : "") + ")");
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another instance creating the same topics at the same moment is fine
                    }
                }
                awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
            }
            return report;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot reach the Kafka cluster within " + TIMEOUT_SECONDS + " s to create topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Waits until every partition of the given new topics has a leader. A producer that starts sooner can hold the
     * batches of a partition whose leader it has not yet learnt for its whole delivery timeout (two minutes) on a
     * loaded machine, and then drop them: articles sent right after the topics were created were lost that way.
     */
    public static void awaitLeaders(Admin admin, List<String> topics) throws ExecutionException, InterruptedException,
            TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                boolean led = admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .values().stream().flatMap(d -> d.partitions().stream())
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (led) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
                    throw e; // not yet known to the broker that answered: ask again
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topics " + topics + " have partitions without a leader after "
                        + TIMEOUT_SECONDS + " s");
            }
            Thread.sleep(100);
        }
    }

    private static String check(Admin admin, TopicSpec spec) throws ExecutionException, InterruptedException,
            TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(List.of(spec.name())).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        int partitions = described.get(spec.name()).partitions().size();
        if (partitions != spec.partitions()) {
            String warning = spec.name() + ": exists with " + partitions + " partitions, declared " + spec.partitions()
                    + " (left unchanged)";
            log.warn(warning);
            return warning;
        }
        return spec.name() + ": exists";
    }
}
