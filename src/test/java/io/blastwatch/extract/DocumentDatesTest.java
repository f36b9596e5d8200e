package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.blastwatch.model.Article;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TsvTable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dates on whole articles, table-driven: the document's own time and where it comes from
 * ({@code document-times.tsv}), and the incident dates an article yields, and those it must not
 * ({@code incident-dates.tsv}). Every article of the tables is written for them. The time of reading is fixed at
 * {@link #READ_AT}, which is also the placeholder day of a document whose year is unknown.
 */
class DocumentDatesTest {

    static final Instant READ_AT = Instant.parse("2026-11-30T12:00:00Z");
    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());
    private static final String NONE = "-";

    record Case(String table, int line, String text, String url, String published, boolean live, String expected,
                String basis, String source) {

        Article article() {
            String body = text.replace("\\n", "\n");
            PublicationSource from = live && published == null ? PublicationSource.INGESTION
                    : published == null ? null : PublicationSource.FIELD;
            String when = live && published == null ? READ_AT.toString() : published;
            return new Article("t-" + line, url, "Test Outlet", null, when, from, "en", body);
        }

        @Override
        public String toString() {
            String shown = text.length() > 90 ? text.substring(0, 89) + "…" : text;
            return table + ":" + line + " " + shown;
        }
    }

    static Stream<Arguments> documentTimes() {
        return read("document-times.tsv", List.of("text", "url", "published", "live", "date", "basis", "source"))
                .stream().map(c -> Arguments.of(Named.of(c.toString(), c)));
    }

    static Stream<Arguments> incidentDates() {
        return read("incident-dates.tsv", List.of("text", "url", "published", "live", "dates"))
                .stream().map(c -> Arguments.of(Named.of(c.toString(), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentTimes")
    void findsTheDocumentsOwnTime(Case c) {
        Extraction extraction = EXTRACTOR.extract(c.article(), READ_AT);
        ReferenceDate time = extraction.reference();
        assertThat(time.date() + " " + time.basis() + " " + time.source())
                .as("document time of %s", c)
                .isEqualTo(c.expected() + " " + c.basis() + " " + c.source());
    }

    /**
     * The dates of the incidents found, in text order, each as {@code YYYY-MM-DD/PRECISION/BASIS}, with
     * {@code /EARLIEST..LATEST} when it spans days and {@code +WEEKDAY} for each weekday an undated report gives;
     * "-" when the article must yield none. A date the article must not yield fails as an extra entry.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("incidentDates")
    void yieldsTheIncidentDatesAndNoOthers(Case c) {
        List<IncidentMention> mentions = EXTRACTOR.extract(c.article(), READ_AT).mentions();
        String found = mentions.isEmpty() ? NONE : mentions.stream()
                .map(m -> m.date() + "/" + m.datePrecision() + "/" + m.dateBasis()
                        + (m.earliest().equals(m.latest()) ? "" : "/" + m.earliest() + ".." + m.latest())
                        + m.weekdays().stream().map(d -> "+" + d).collect(Collectors.joining()))
                .collect(Collectors.joining(" "));
        assertThat(found).as("incident dates of %s", c).isEqualTo(c.expected());
    }

    @Test
    void notesAnImpossibleDayAndDatesTheIncidentByItsMonth() {
        Extraction extraction = EXTRACTOR.extract(new Case("code", 1, "An explosion hit the plant in Perm on "
                + "31 February 2024, officials said.", null, "2024-03-01", false, null, null, null).article(), READ_AT);
        assertThat(extraction.mentions()).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2024, 2, 1));
            assertThat(m.datePrecision()).isEqualTo(io.blastwatch.model.DatePrecision.MONTH);
        });
        assertThat(extraction.notes()).contains("impossible date \"31 February 2024\": dated by its month");

        Extraction ordinary = EXTRACTOR.extract(new Case("code", 2, "An explosion hit the plant in Perm on "
                + "28 February 2024, officials said.", null, "2024-03-01", false, null, null, null).article(), READ_AT);
        assertThat(ordinary.notes()).noneMatch(n -> n.contains("impossible"));
    }

    @Test
    void tablesCoverEachKindOfCaseInBothDirections() {
        List<Case> times = read("document-times.tsv", List.of("text", "url", "published", "live", "date", "basis",
                "source"));
        List<Case> dates = read("incident-dates.tsv", List.of("text", "url", "published", "live", "dates"));
        assertThat(times.size() + dates.size()).isGreaterThanOrEqualTo(120);
        for (ReferenceDate.Source source : ReferenceDate.Source.values()) {
            assertThat(times).as("document-time cases from %s", source)
                    .anyMatch(c -> c.source().equals(source.name()));
        }
        assertThat(dates).as("articles that must yield no incident").filteredOn(c -> c.expected().equals(NONE))
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(dates).as("undated articles").filteredOn(c -> c.published() == null && !c.live())
                .hasSizeGreaterThanOrEqualTo(20);
    }

    private static List<Case> read(String table, List<String> columns) {
        List<Case> cases = new ArrayList<>();
        for (TsvTable.Line l : TsvTable.read(DocumentDatesTest.class, table, columns)) {
            String url = l.get(1).equals(NONE) ? null : l.get(1);
            String published = l.get(2).equals(NONE) ? null : l.get(2);
            boolean live = l.get(3).equals("live");
            boolean withSource = columns.size() == 7;
            cases.add(new Case(table, l.number(), l.get(0), url, published, live, l.get(4),
                    withSource ? l.get(5) : null, withSource ? l.get(6) : null));
        }
        return cases;
    }
}
