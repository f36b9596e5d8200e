package io.blastwatch.model;

/** Who a cause statement comes from, as far as its sentence says. */
public enum CauseSpeaker {
    /** Investigators or prosecutors. */
    INVESTIGATORS,
    /** Officials of the place: a governor, a ministry, the authorities, the police, the emergencies service. */
    OFFICIALS,
    /** A party to the war speaking for its forces: a general staff, an intelligence or security service, an army. */
    PARTY,
    /** Media and what they cite: Telegram channels, outlets, unnamed sources, residents and witnesses. */
    MEDIA,
    /** No speaker in the sentence: the outlet's own words. */
    UNNAMED
}
