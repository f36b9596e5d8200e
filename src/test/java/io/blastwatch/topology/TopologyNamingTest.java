package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.blastwatch.testing.PipelineDriver;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/** Generated names shift when the topology changes and orphan changelogs: every node and store must be named. */
class TopologyNamingTest {

    @Test
    void shouldNameEveryProcessorStoreAndRepartitionTopic() {
        TopologyDescription description = BlastwatchTopology.build(PipelineSettings.defaults(), PipelineDriver.gazetteer())
                .describe();
        List<String> names = new ArrayList<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                names.add(node.name());
                if (node instanceof TopologyDescription.Processor p) {
                    names.addAll(p.stores());
                }
                if (node instanceof TopologyDescription.Sink s && s.topic() != null) {
                    names.add(s.topic());
                }
            }
        }
        assertThat(names).isNotEmpty().noneMatch(n -> n.matches(".*(KSTREAM|KTABLE|KSTORE)-.*\\d{10}.*"));
        assertThat(names).contains("articles-source", "parse-articles", "extract-incidents", "deduplicate-incidents",
                "index-countable-incidents", "rolling-count", "evaluate-alerts", StoreNames.DEDUP_MENTIONS,
                StoreNames.WINDOW_COUNTS, StoreNames.ALERT_STATE, StoreNames.COUNT_CHANGES_BY_COUNTRY + "-repartition");
    }
}
