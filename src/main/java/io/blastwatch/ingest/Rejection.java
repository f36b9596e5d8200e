package io.blastwatch.ingest;

/** An input that was not published, and why. */
public record Rejection(String origin, String reason) {
}
