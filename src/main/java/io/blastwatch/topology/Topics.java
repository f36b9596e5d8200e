package io.blastwatch.topology;

import java.util.List;

import io.blastwatch.model.Alert;
import io.blastwatch.model.DeadLetter;
import io.blastwatch.model.FeedState;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.WindowCount;
import io.blastwatch.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of the external contract (CONTRACT.md), declared for operators in {@code topics/}. Article values stay
 * bytes here: parsing them is a step of the pipeline, so that a malformed one becomes a dead letter, not a crash.
 */
public final class Topics {

    public static final Topic<String, byte[]> ARTICLES_RAW =
            new Topic<>("articles-raw", Serdes.String(), Serdes.ByteArray());
    public static final Topic<String, IncidentMention> INCIDENT_MENTIONS =
            new Topic<>("incident-mentions", Serdes.String(), JsonSerde.of(IncidentMention.class));
    public static final Topic<String, Incident> INCIDENTS =
            new Topic<>("incidents", Serdes.String(), JsonSerde.of(Incident.class));
    public static final Topic<String, WindowCount> COUNTS =
            new Topic<>("unexplained-explosion-counts", Serdes.String(), JsonSerde.of(WindowCount.class));
    public static final Topic<String, Alert> ALERTS =
            new Topic<>("alerts", Serdes.String(), JsonSerde.of(Alert.class));
    public static final Topic<String, DeadLetter> DEAD_LETTERS =
            new Topic<>("articles-dlq", Serdes.String(), JsonSerde.of(DeadLetter.class));

    /** What feed pollers remember: items already published and each feed's conditional-GET validators. */
    public static final Topic<String, FeedState> FEED_STATE =
            new Topic<>("feed-state", Serdes.String(), JsonSerde.of(FeedState.class));

    public static final List<Topic<?, ?>> ALL = List.of(ARTICLES_RAW, INCIDENT_MENTIONS, INCIDENTS, COUNTS, ALERTS,
            DEAD_LETTERS, FEED_STATE);

    /** Topics the pipeline reads; the others it only writes. */
    public static final List<Topic<?, ?>> INPUTS = List.of(ARTICLES_RAW, INCIDENT_MENTIONS, INCIDENTS);

    private Topics() {
    }
}
