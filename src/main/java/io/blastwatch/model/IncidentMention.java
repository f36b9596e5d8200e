package io.blastwatch.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One article's report of one incident, as extracted from its text; the unit that deduplication merges.
 *
 * <p>{@code earliest}..{@code latest} is the interval the incident date may lie in: one day for a stated day, a month
 * for "in October", two days for "overnight". A retraction (the article changed and no longer reports this) has
 * {@code retracted} set and carries only its ids.
 *
 * @param facilityKey      the words that tell the facility from others ("kamensky"), space-separated, or null
 * @param facilitySettlementId the settlement the facility is named after ("Votkinsk" plant), or null
 * @param settlementStated the text gives the settlement as the place; false when it was read from a plant's name
 * @param causeSpeaker     who makes the cause statement, when the article makes one
 * @param causeStance      how it puts it: stated, confirmed, claimed, suspected or denied
 * @param weekdays         the days of the week an undated report gives its incident ("the Thursday evening fire" on a
 *                         page that lost its date: Thursday, or Friday for a night), which tell several incidents at
 *                         its site apart; empty when the report has a date or gives no weekday
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record IncidentMention(
        String mentionId,
        String articleId,
        String outlet,
        String url,
        String published,
        String fingerprint,
        LocalDate date,
        DatePrecision datePrecision,
        LocalDate earliest,
        LocalDate latest,
        String dateText,
        DateBasis dateBasis,
        List<DayOfWeek> weekdays,
        IncidentKind kind,
        String facility,
        boolean facilityNamed,
        String facilityKey,
        String facilitySettlementId,
        String settlement,
        String settlementId,
        boolean settlementStated,
        String region,
        String regionCode,
        String country,
        Double latitude,
        Double longitude,
        boolean militaryIndustrial,
        boolean unexplained,
        String cause,
        CauseSpeaker causeSpeaker,
        CauseStance causeStance,
        String evidence,
        int evidenceStart,
        int evidenceEnd,
        boolean retracted) {

    public IncidentMention {
        weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
    }

    public static IncidentMention retraction(String mentionId, String articleId) {
        return new IncidentMention(mentionId, articleId, null, null, null, null, null, null, null, null, null, null,
                List.of(), null, null, false, null, null, null, null, false, null, null, null, null, null, false, false, null, null,
                null, null, 0, 0, true);
    }

    /**
     * The key that brings every mention that could be the same incident to one partition: country and region, a
     * federal or capital city counted with the region around it.
     */
    public String blockKey() {
        return blockKey(country, regionCode);
    }

    public static String blockKey(String country, String regionCode) {
        String region = regionCode == null ? "?" : CITY_REGIONS.getOrDefault(regionCode, regionCode);
        return (country == null ? "??" : country) + "|" + region;
    }

    /**
     * Cities that are regions of their own, with the region around them (GeoNames admin1 codes, as in the gazetteer's
     * regions.tsv). Outlets place one incident in both: "a blast in Sevastopol" and "a blast in Crimea", "the Antonov
     * plant in Kyiv" and "near Kyiv, in Kyiv Oblast"; their reports must meet to be merged.
     */
    private static final java.util.Map<String, String> CITY_REGIONS = java.util.Map.of(
            "RU.48", "RU.47",   // Moscow, Moscow Oblast
            "RU.66", "RU.42",   // Saint Petersburg, Leningrad Oblast
            "UA.20", "UA.11",   // Sevastopol, Crimea
            "UA.12", "UA.13",   // Kyiv, Kyiv Oblast
            "BY.04", "BY.05");  // Minsk, Minsk Region
}
