package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import io.blastwatch.testing.TsvTable;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven test of place names: every row of {@code place-names.tsv} is a sentence and one place it names, with
 * the settlement or region it must resolve to, or a sentence that names no place at all.
 */
class PlaceNamesTest {

    private static final String TABLE = "place-names.tsv";
    private static final List<String> COLUMNS = List.of("sentence", "expected_words", "expected", "country");
    private static final String NONE = "-";
    private static final String REGION = "region:";

    /** Loaded on first use only (about a second); immutable, so one instance serves every row. */
    private static final class Shared {
        static final IncidentExtractor EXTRACTOR = new IncidentExtractor(Gazetteer.load());
    }

    record Row(int line, String sentence, String words, String expected, String country) {

        boolean noPlace() {
            return words.equals(NONE);
        }

        boolean region() {
            return expected.startsWith(REGION);
        }

        String regionCode() {
            return expected.substring(REGION.length());
        }

        String displayName() {
            return noPlace() ? sentence : sentence + " [" + words + "]";
        }
    }

    static Stream<Arguments> rows() {
        return table().stream().map(row -> Arguments.of(Named.of(row.displayName(), row)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void resolvesAsTheTableSays(Row row) {
        List<FoundPlace> places = Shared.EXTRACTOR.places(row.sentence());
        String context = "line " + row.line() + ", found " + places;

        if (row.noPlace()) {
            // The sentence must be read as text, not dropped as a heading or promotion, or the row proves nothing.
            assertThat(ArticleText.of(row.sentence()).sentences()).as("sentences read (%s)", context).isNotEmpty();
            assertThat(places).as("places in a sentence that names none (%s)", context).isEmpty();
            return;
        }

        List<FoundPlace> named = places.stream().filter(p -> p.words().equals(row.words())).toList();
        assertThat(named).as("places written '%s' (%s)", row.words(), context).hasSize(1);
        FoundPlace place = named.get(0);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(row.sentence().substring(place.start(), place.end()))
                    .as("span of %s", place).isEqualTo(place.words());
            if (row.region()) {
                softly.assertThat(place.settlementId()).as("settlement id of region %s", place).isNull();
                softly.assertThat(place.settlement()).as("settlement of region %s", place).isNull();
                softly.assertThat(place.regionCode()).as("region code of %s", place).isEqualTo(row.regionCode());
            } else {
                softly.assertThat(place.settlement()).as("settlement of %s", place).isEqualTo(row.expected());
                softly.assertThat(place.settlementId()).as("settlement id of %s", place).isNotBlank();
                softly.assertThat(place.regionCode()).as("region code of %s", place).isNotBlank();
            }
            softly.assertThat(place.region()).as("region name of %s", place).isNotBlank();
            softly.assertThat(place.regionCode()).as("region code of %s", place).startsWith(row.country() + ".");
            softly.assertThat(place.country()).as("country of %s", place).isEqualTo(row.country());
        });
    }

    /** The regions the brief names explicitly resolve to the codes the rest of the pipeline relies on. */
    @Test
    void keyTownsLieInTheirRegions() {
        assertThat(regionOf("A blast was heard in Votkinsk.", "Votkinsk")).isEqualTo("RU.80");
        assertThat(regionOf("A blast was heard in Kamensk-Shakhtinsky.", "Kamensk-Shakhtinsky")).isEqualTo("RU.61");
        assertThat(regionOf("A blast was heard in Kotovsk.", "Kotovsk")).isEqualTo("RU.72");
        assertThat(regionOf("A blast was heard in Solikamsk.", "Solikamsk")).isEqualTo("RU.90");
        assertThat(regionOf("A blast was heard in Chelyabinsk.", "Chelyabinsk")).isEqualTo("RU.13");
        assertThat(regionOf("A blast was heard in Kharkiv.", "Kharkiv")).isEqualTo("UA.07");
    }

    @Test
    void tableCoversEnoughCases() {
        List<Row> rows = table();
        assertThat(rows.stream().filter(r -> !r.noPlace())).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows.stream().filter(Row::noPlace)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows.stream().filter(Row::region)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows).extracting(Row::country).contains("RU", "UA", "BY");
    }

    private static String regionOf(String sentence, String words) {
        return Shared.EXTRACTOR.places(sentence).stream().filter(p -> p.words().equals(words))
                .map(FoundPlace::regionCode).findFirst().orElse(null);
    }

    // ---- the table ---------------------------------------------------------------------------------------------

    static List<Row> table() {
        return TsvTable.read(PlaceNamesTest.class, TABLE, COLUMNS).stream()
                .map(l -> parse(l.number(), l.columns().toArray(String[]::new))).toList();
    }

    private static Row parse(int line, String[] cols) {
        if (cols.length != COLUMNS.size()) {
            throw new IllegalStateException(TABLE + " line " + line + ": expected " + COLUMNS.size()
                    + " tab-separated columns, found " + cols.length);
        }
        Row row = new Row(line, cols[0], cols[1], cols[2], cols[3]);
        boolean allNone = row.words().equals(NONE) && row.expected().equals(NONE) && row.country().equals(NONE);
        boolean noneAtAll = !row.words().equals(NONE) && !row.expected().equals(NONE) && !row.country().equals(NONE);
        if (row.sentence().isBlank() || !(allNone || noneAtAll)) {
            throw new IllegalStateException(TABLE + " line " + line + ": a row names a place in all three columns"
                    + " or has '-' in all three");
        }
        if (noneAtAll && !row.sentence().contains(row.words())) {
            throw new IllegalStateException(TABLE + " line " + line + ": '" + row.words() + "' is not in the sentence");
        }
        return row;
    }
}
