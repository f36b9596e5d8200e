package io.blastwatch.model;

public enum AlertStatus {
    FIRING, RESOLVED
}
