package io.blastwatch.extract;

/** A first-level division: a Russian federal subject, a Ukrainian oblast, a Belarusian region. */
public record Region(String code, String country, String name, double latitude, double longitude, String capital) {
}
