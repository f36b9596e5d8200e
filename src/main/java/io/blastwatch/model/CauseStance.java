package io.blastwatch.model;

/** How a cause statement puts it. */
public enum CauseStance {
    /** Said as a fact. */
    STATED,
    /** Confirmed by the speaker. */
    CONFIRMED,
    /** Claimed, as a party claims an operation. */
    CLAIMED,
    /** Put as a possibility: "might have been", "possibly", "suspected". */
    SUSPECTED,
    /** Denied or ruled out. */
    DENIED
}
