package io.blastwatch.evaluate;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A figure with the counts behind it, so that a reader sees how many cases a percentage rests on. */
public record Ratio(int hits, int of) {

    @JsonProperty
    public double value() {
        return of == 0 ? Double.NaN : (double) hits / of;
    }

    @Override
    public String toString() {
        return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f (%d/%d)", value(), hits, of);
    }

    static double f1(Ratio precision, Ratio recall) {
        double p = precision.value();
        double r = recall.value();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
