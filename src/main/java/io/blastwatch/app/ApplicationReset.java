package io.blastwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Puts the pipeline back to its start so that it recomputes everything, as Kafka's application reset tool does:
 * input topics are read again from the beginning, intermediate topics are skipped to their end (their records will
 * be produced anew), the internal changelog and repartition topics are deleted, and the local state is removed.
 * Every instance must be stopped first.
 */
public final class ApplicationReset {

    private static final long TIMEOUT_SECONDS = 60;

    private ApplicationReset() {
    }

    /** Returns a line per thing it did. */
    public static List<String> reset(Admin admin, String applicationId, Path stateDir, List<String> inputTopics,
                                     List<String> intermediateTopics) {
        List<String> done = new ArrayList<>();
        try {
            requireStopped(admin, applicationId);
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            offsets.putAll(offsets(admin, inputTopics, OffsetSpec.earliest()));
            offsets.putAll(offsets(admin, intermediateTopics, OffsetSpec.latest()));
            if (!offsets.isEmpty()) {
                admin.alterConsumerGroupOffsets(applicationId, offsets).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            done.add("input topics " + inputTopics + " will be read from the beginning");
            done.add("intermediate topics " + intermediateTopics + " skipped to their end");
            List<String> internal = new ArrayList<>();
            for (String topic : admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                if (topic.startsWith(applicationId + "-")
                        && (topic.endsWith("-changelog") || topic.endsWith("-repartition"))) {
                    internal.add(topic);
                }
            }
            internal.sort(String::compareTo);
            if (!internal.isEmpty()) {
                admin.deleteTopics(internal).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            done.add("internal topics deleted: " + internal);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reset failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("reset failed: the cluster did not answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during reset", e);
        }
        Path local = stateDir.resolve(applicationId);
        deleteRecursively(local);
        done.add("local state removed: " + local.toAbsolutePath());
        return done;
    }

    private static void requireStopped(Admin admin, String applicationId)
            throws InterruptedException, TimeoutException, ExecutionException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId)).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(applicationId);
            if (group != null && !group.members().isEmpty()) {
                throw new IllegalStateException("stop every instance of " + applicationId + " before a reset ("
                        + group.members().size() + " still running)");
            }
            if (group != null && group.groupState() != GroupState.EMPTY && group.groupState() != GroupState.DEAD) {
                throw new IllegalStateException("the instances of " + applicationId + " are still leaving the group ("
                        + group.groupState() + "); try again in a few seconds");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(Admin admin, List<String> topics, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (var description : admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()) {
            description.partitions().forEach(p -> request.put(new TopicPartition(description.name(), p.partition()), spec));
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((tp, info) -> offsets.put(tp, new OffsetAndMetadata(info.offset())));
        return offsets;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove local state " + dir, e);
        }
    }
}
