package io.blastwatch.evaluate;

/** The kinds of error the evaluation tells apart, each with the words a report prints for it. */
public enum ErrorKind {
    MISSED("real incident not found"),
    PHANTOM("incident that no article reports"),
    DUPLICATE("one real incident reported as several"),
    WRONG_MERGE("two real incidents made one"),
    DATE("wrong date"),
    PLACE("wrong place"),
    COUNTRY("placed in another country"),
    KIND("wrong kind"),
    MILITARY_INDUSTRIAL("wrong military-industrial flag"),
    UNEXPLAINED("wrong unexplained flag"),
    OUTLETS("wrong outlet count"),
    ROLLING_COUNT("wrong rolling count on a counted incident's day"),
    AFTER_ARTICLE("dated after the article that reports it");

    private final String description;

    ErrorKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
