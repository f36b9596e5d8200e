package io.blastwatch.model;

/** How much of an incident date is known. A MONTH date is the first day of its month, a YEAR date 1 January. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
