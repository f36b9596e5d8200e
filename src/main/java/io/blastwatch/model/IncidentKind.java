package io.blastwatch.model;

/** What happened. Attacks are kinds of their own so that an explosion caused by one is told apart. */
public enum IncidentKind {
    EXPLOSION, FIRE, DRONE_STRIKE, MISSILE_STRIKE, SHELLING, OTHER
}
