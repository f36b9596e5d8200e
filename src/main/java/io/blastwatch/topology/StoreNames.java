package io.blastwatch.topology;

/**
 * Names of state stores and internal topics. They name changelog and repartition topics on the broker, so renaming
 * one orphans its data: change them only with a reset.
 */
public final class StoreNames {

    public static final String ARTICLE_DIGESTS = "extract-article-digests";
    /** The article digests by the day they expire. */
    public static final String ARTICLE_EXPIRY = "extract-article-expiry";
    public static final String DEDUP_MENTIONS = "dedup-mentions";
    public static final String DEDUP_MENTION_INDEX = "dedup-mention-index";
    public static final String DEDUP_INCIDENTS = "dedup-incidents";
    /**
     * The cache in front of the {@code incidents} topic, which keeps only the last version of each incident per
     * commit: an in-memory store without a changelog, whose contents nothing reads.
     */
    public static final String INCIDENT_VERSIONS = "dedup-incident-versions";
    public static final String WINDOW_INCIDENT_INDEX = "window-incident-index";
    public static final String WINDOW_COUNTED_INCIDENTS = "window-counted-incidents";
    public static final String WINDOW_COUNTS = "window-counts";
    public static final String ALERT_STATE = "alert-state";
    public static final String ALERT_PENDING = "alert-pending";
    public static final String ALERT_HELD = "alert-held";

    /** The repartition topic that brings every count change of one country to one task. */
    public static final String COUNT_CHANGES_BY_COUNTRY = "count-changes-by-country";

    private StoreNames() {
    }
}
