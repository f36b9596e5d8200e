package io.blastwatch.dedup;

import java.time.LocalDate;
import java.time.YearMonth;

import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Ids;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.model.IncidentMention;

/**
 * Concise {@link IncidentMention}s for deduplication tests:
 * {@code mention("a1").outlet("TASS").on("2024-02-07").in(IZHEVSK).build()}.
 *
 * <p>Defaults: mention {@code <articleId>#0}, published 2024-02-09, a stated year, an unexplained EXPLOSION at a
 * military-industrial site in Russia, a fingerprint derived from the article id (so two articles are never
 * syndicated copies unless a test says so).
 */
final class Mentions {

    /** A gazetteer settlement with its region, as the extractor would resolve it. */
    record Place(String name, String id, String region, String regionCode, double latitude, double longitude) {
    }

    /** A region as the extractor resolves it when no settlement is named: its centroid. */
    record Region(String name, String code, double latitude, double longitude) {
    }

    static final Place IZHEVSK = new Place("Izhevsk", "554840", "Udmurtia", "RU.80", 56.84976, 53.20448);
    static final Place YAGUL = new Place("Yagul", "x-yagul", "Udmurtia", "RU.80", 56.944, 53.310);
    static final Place VOTKINSK = new Place("Votkinsk", "471430", "Udmurtia", "RU.80", 57.04865, 53.98717);
    static final Place KOTOVSK = new Place("Kotovsk", "543605", "Tambov Oblast", "RU.72", 52.59047, 41.50251);
    static final Place TAMBOV = new Place("Tambov", "484646", "Tambov Oblast", "RU.72", 52.73169, 41.44326);
    static final Place SOLIKAMSK = new Place("Solikamsk", "491023", "Perm Krai", "RU.90", 59.6316, 56.7685);
    static final Place CHELYABINSK = new Place("Chelyabinsk", "1508291", "Chelyabinsk Oblast", "RU.13", 55.15402,
            61.42915);

    static final Region UDMURTIA = new Region("Udmurtia", "RU.80", 56.8498, 53.2045);
    static final Region TAMBOV_OBLAST = new Region("Tambov Oblast", "RU.72", 52.7317, 41.4433);
    static final Region ROSTOV_OBLAST = new Region("Rostov Oblast", "RU.61", 47.2313, 39.7233);

    static final String VOTKINSK_PLANT = "Votkinsk Machine Building Plant";

    private Mentions() {
    }

    static Builder mention(String articleId) {
        return new Builder(articleId);
    }

    static final class Builder {
        private final String articleId;
        private int n;
        private String outlet = "TASS";
        private String url;
        private String published = "2024-02-09";
        private String fingerprint;
        private LocalDate date;
        private DatePrecision precision;
        private LocalDate earliest;
        private LocalDate latest;
        private DateBasis dateBasis = DateBasis.STATED;
        private java.util.List<java.time.DayOfWeek> weekdays = java.util.List.of();
        private IncidentKind kind = IncidentKind.EXPLOSION;
        private String facility;
        private boolean facilityNamed;
        private String facilityKey;
        private String facilitySettlementId;
        private String settlement;
        private String settlementId;
        private boolean settlementStated;
        private String region;
        private String regionCode;
        private String country = "RU";
        private Double latitude;
        private Double longitude;
        private boolean militaryIndustrial = true;
        private boolean unexplained = true;
        private String cause;
        private io.blastwatch.model.CauseSpeaker causeSpeaker;
        private io.blastwatch.model.CauseStance causeStance;
        private String evidence;

        private Builder(String articleId) {
            this.articleId = articleId;
        }

        /** The mention's ordinal in its article: the id is {@code articleId#n}. */
        Builder n(int ordinal) {
            this.n = ordinal;
            return this;
        }

        Builder outlet(String value) {
            this.outlet = value;
            return this;
        }

        Builder url(String value) {
            this.url = value;
            return this;
        }

        Builder published(String value) {
            this.published = value;
            return this;
        }

        /** 16 hex digits of a 64-bit SimHash. */
        Builder fingerprint(String value) {
            this.fingerprint = value;
            return this;
        }

        /** A stated day. */
        Builder on(String day) {
            LocalDate d = LocalDate.parse(day);
            return dated(d, DatePrecision.DAY, d, d);
        }

        /** A whole month, "in October 2023": {@code yyyy-MM}. */
        Builder month(String yearMonth) {
            YearMonth m = YearMonth.parse(yearMonth);
            return dated(m.atDay(1), DatePrecision.MONTH, m.atDay(1), m.atEndOfMonth());
        }

        /** A span of days, "between October and November": dated by its first day at MONTH precision. */
        Builder between(String first, String last) {
            return dated(LocalDate.parse(first), DatePrecision.MONTH, LocalDate.parse(first), LocalDate.parse(last));
        }

        Builder dated(LocalDate day, DatePrecision datePrecision, LocalDate first, LocalDate last) {
            this.date = day;
            this.precision = datePrecision;
            this.earliest = first;
            this.latest = last;
            return this;
        }

        Builder dateBasis(DateBasis value) {
            this.dateBasis = value;
            return this;
        }

        /** The days of the week an undated report gives its incident: "the Thursday evening fire". */
        Builder weekdays(java.time.DayOfWeek... days) {
            this.weekdays = java.util.List.of(days);
            return this;
        }

        /** The year is unknown: the article had no publication date and no year in its text. */
        Builder guessed() {
            return dateBasis(DateBasis.YEAR_UNKNOWN);
        }

        Builder kind(IncidentKind value) {
            this.kind = value;
            return this;
        }

        /** A description such as "chemical plant": not a name. */
        Builder facility(String description) {
            this.facility = description;
            this.facilityNamed = false;
            return this;
        }

        /** A named facility with the words that tell it from others ("kamensky"), or null. */
        Builder namedFacility(String name, String key) {
            this.facility = name;
            this.facilityNamed = true;
            this.facilityKey = key;
            return this;
        }

        Builder facilityNamed(boolean value) {
            this.facilityNamed = value;
            return this;
        }

        Builder facilityKey(String value) {
            this.facilityKey = value;
            return this;
        }

        Builder facilitySettlementId(String value) {
            this.facilitySettlementId = value;
            return this;
        }

        /**
         * "The Votkinsk Machine Building Plant" with no other place: the settlement is read from the plant's name,
         * not stated.
         */
        Builder votkinskPlant() {
            namedFacility(VOTKINSK_PLANT, null);
            facilitySettlementId(VOTKINSK.id());
            return place(VOTKINSK, false);
        }

        /** A settlement the text states as the place. */
        Builder in(Place p) {
            return place(p, true);
        }

        Builder place(Place p, boolean stated) {
            this.settlement = p.name();
            this.settlementId = p.id();
            this.settlementStated = stated;
            this.region = p.region();
            this.regionCode = p.regionCode();
            this.latitude = p.latitude();
            this.longitude = p.longitude();
            return this;
        }

        /** Only a region: no settlement, the region's centroid as coordinates. */
        Builder inRegion(Region r) {
            this.settlement = null;
            this.settlementId = null;
            this.settlementStated = false;
            this.region = r.name();
            this.regionCode = r.code();
            this.latitude = r.latitude();
            this.longitude = r.longitude();
            return this;
        }

        Builder settlement(String name, String id, boolean stated) {
            this.settlement = name;
            this.settlementId = id;
            this.settlementStated = stated;
            return this;
        }

        Builder region(String name, String code) {
            this.region = name;
            this.regionCode = code;
            return this;
        }

        Builder country(String value) {
            this.country = value;
            return this;
        }

        Builder coordinates(Double lat, Double lon) {
            this.latitude = lat;
            this.longitude = lon;
            return this;
        }

        Builder militaryIndustrial(boolean value) {
            this.militaryIndustrial = value;
            return this;
        }

        Builder unexplained(boolean value) {
            this.unexplained = value;
            return this;
        }

        /** A cause attributed to an attack: the mention is no longer unexplained. */
        Builder attack(String attackCause) {
            this.unexplained = false;
            this.cause = attackCause;
            return this;
        }

        /** Who makes the cause statement and how: "said(OFFICIALS, STATED)". */
        Builder said(io.blastwatch.model.CauseSpeaker speaker, io.blastwatch.model.CauseStance stance) {
            this.causeSpeaker = speaker;
            this.causeStance = stance;
            return this;
        }

        Builder cause(String value) {
            this.cause = value;
            return this;
        }

        Builder evidence(String value) {
            this.evidence = value;
            return this;
        }

        IncidentMention build() {
            if (date == null) {
                throw new IllegalStateException("a mention needs a date: on(..), month(..) or between(..)");
            }
            String fp = fingerprint != null ? fingerprint : Ids.hash(articleId, 16);
            String text = evidence != null ? evidence
                    : "An explosion was reported" + (settlement != null ? " in " + settlement : "") + ".";
            return new IncidentMention(articleId + "#" + n, articleId, outlet, url, published, fp, date, precision,
                    earliest, latest, null, dateBasis, weekdays, kind, facility, facilityNamed, facilityKey,
                    facilitySettlementId, settlement, settlementId, settlementStated, region, regionCode, country,
                    latitude, longitude, militaryIndustrial, unexplained, cause, causeSpeaker, causeStance, text, 0,
                    text.length(), false);
        }
    }
}
