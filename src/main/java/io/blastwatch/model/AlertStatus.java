package io.blastwatch.model;

/**
 * Where an alert's episode stands. The lifecycle, for consumer authors, is in the README ("Alert lifecycle").
 */
public enum AlertStatus {
    /** The episode happened or is happening: at least one window at or above the threshold. */
    FIRING,
    /** The episode is gone: later reports took incidents away and no window of it reaches the threshold now. */
    RESOLVED,
    /**
     * The episode goes on under another alert ({@code supersededBy}): it now starts on another day, or it merged with
     * an earlier episode. Not an all-clear: the windows are still at or above the threshold.
     */
    SUPERSEDED
}
