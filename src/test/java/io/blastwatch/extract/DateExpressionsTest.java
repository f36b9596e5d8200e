package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.blastwatch.testing.TsvTable;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;

/**
 * Table-driven test of date finding and resolution: every row of {@code date-expressions.tsv} is a sentence, the
 * publication date it is read against, and the resolved date expected for one of the expressions found in it.
 */
class DateExpressionsTest {

    private static final String TABLE = "date-expressions.tsv";
    private static final List<String> COLUMNS =
            List.of("sentence", "published", "index", "date", "precision", "earliest", "latest", "basis");
    private static final String NONE = "-";

    /** One row of the table; {@code index} is null for a sentence that must hold no resolvable date. */
    record Row(int line, String sentence, LocalDate published, Integer index, LocalDate date, DatePrecision precision,
               LocalDate earliest, LocalDate latest, DateBasis basis) {

        boolean noDate() {
            return index == null;
        }

        String displayName() {
            return index == null || index == 0 ? sentence : sentence + " [" + index + "]";
        }
    }

    static Stream<Arguments> rows() {
        return table().stream().map(row -> Arguments.of(Named.of(row.displayName(), row)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void resolvesAsTheTableSays(Row row) {
        List<DateExpression> found = DateFinder.find(row.sentence(), Tokenizer.tokenize(row.sentence()));
        ReferenceDate reference = new ReferenceDate(row.published(), DateBasis.PUBLICATION);
        String context = "line " + row.line() + ", published " + row.published() + ", found " + describe(found);

        for (DateExpression e : found) {
            assertThat(e.text()).as("span of %s (%s)", e, context)
                    .isEqualTo(row.sentence().substring(e.start(), e.end()));
        }

        if (row.noDate()) {
            for (DateExpression e : found) {
                assertThat(DateResolver.resolve(e, reference))
                        .as("expected no resolvable date, but '%s' resolved (%s)", e.text(), context)
                        .isEmpty();
            }
            return;
        }

        assertThat(found).as("expressions found (%s)", context).hasSizeGreaterThan(row.index());
        DateExpression expression = found.get(row.index());
        Optional<ResolvedDate> resolved = DateResolver.resolve(expression, reference);
        assertThat(resolved).as("resolution of '%s' (%s)", expression.text(), context).isPresent();
        ResolvedDate r = resolved.get();
        String what = "'" + expression.text() + "' (" + context + ")";
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(r.date()).as("date of %s", what).isEqualTo(row.date());
            softly.assertThat(r.precision()).as("precision of %s", what).isEqualTo(row.precision());
            softly.assertThat(r.earliest()).as("earliest of %s", what).isEqualTo(row.earliest());
            softly.assertThat(r.latest()).as("latest of %s", what).isEqualTo(row.latest());
            softly.assertThat(r.basis()).as("basis of %s", what).isEqualTo(row.basis());
            softly.assertThat(r.text()).as("text of %s", what).isEqualTo(expression.text());
        });
    }

    @Test
    void tableCoversEnoughCases() {
        List<Row> rows = table();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(rows).filteredOn(Row::noDate).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows).extracting(Row::precision).contains(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR);
        assertThat(rows).extracting(Row::basis).contains(DateBasis.STATED, DateBasis.PUBLICATION);
    }

    private static String describe(List<DateExpression> found) {
        return found.stream().map(e -> e.kind() + " '" + e.text() + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    // ---- the table ---------------------------------------------------------------------------------------------

    static List<Row> table() {
        return TsvTable.read(DateExpressionsTest.class, TABLE, COLUMNS).stream()
                .map(l -> parse(l.number(), l.columns().toArray(String[]::new))).toList();
    }

    private static Row parse(int line, String[] cols) {
        if (cols.length != COLUMNS.size()) {
            throw new IllegalStateException(TABLE + " line " + line + ": expected " + COLUMNS.size()
                    + " tab-separated columns, found " + cols.length);
        }
        try {
            String sentence = cols[0];
            LocalDate published = LocalDate.parse(cols[1]);
            if (sentence.isBlank()) {
                throw new IllegalArgumentException("empty sentence");
            }
            if (cols[3].equals(NONE)) {
                for (int i = 2; i < cols.length; i++) {
                    if (!cols[i].equals(NONE)) {
                        throw new IllegalArgumentException("a no-date row needs '-' in every column after published");
                    }
                }
                return new Row(line, sentence, published, null, null, null, null, null, null);
            }
            return new Row(line, sentence, published, Integer.valueOf(cols[2]), LocalDate.parse(cols[3]),
                    DatePrecision.valueOf(cols[4]), LocalDate.parse(cols[5]), LocalDate.parse(cols[6]),
                    DateBasis.valueOf(cols[7]));
        } catch (RuntimeException e) {
            throw new IllegalStateException(TABLE + " line " + line + ": " + e.getMessage(), e);
        }
    }
}
