package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
 * Where incidents are, table-driven ({@code incident-places.tsv}, articles written for it): datelines, speakers and
 * time zones are no places of incidents, regions stay regions, captions name nothing, and a facility that names a
 * site of the knowledge base takes the site's place and military-industrial flag.
 */
class IncidentPlacesTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());
    private static final Instant READ_AT = Instant.parse("2026-11-30T12:00:00Z");

    record Case(int line, String text, String published, String expected) {
        @Override
        public String toString() {
            return "incident-places.tsv:" + line + " " + (text.length() > 90 ? text.substring(0, 89) + "…" : text);
        }
    }

    static Stream<Arguments> cases() {
        return read().stream().map(c -> Arguments.of(Named.of(c.toString(), c)));
    }

    /** Every incident as {@code settlement/region/facility/military-industrial}, "-" for none, " ; " between them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void placesTheIncidentsWhereTheyHappened(Case c) {
        Article article = new Article("p-" + c.line(), null, "Test Outlet", null, c.published(),
                PublicationSource.FIELD, "en", c.text().replace("\\n", "\n"));
        List<IncidentMention> mentions = EXTRACTOR.extract(article, READ_AT).mentions();
        String found = mentions.isEmpty() ? "-" : mentions.stream()
                .map(m -> m.settlement() + "/" + m.region() + "/" + m.facility() + "/" + m.militaryIndustrial())
                .collect(Collectors.joining(" ; "));
        assertThat(found).as("places of %s", c).isEqualTo(c.expected());
    }

    @Test
    void tableCoversBothDirections() {
        List<Case> cases = read();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases).filteredOn(c -> c.expected().equals("-")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(cases).as("sites of the knowledge base").filteredOn(c -> c.expected().endsWith("/true"))
                .hasSizeGreaterThanOrEqualTo(10);
    }

    private static List<Case> read() {
        return TsvTable.read(IncidentPlacesTest.class, "incident-places.tsv", List.of("text", "published", "places"))
                .stream().map(l -> new Case(l.number(), l.get(0), l.get(1), l.get(2))).toList();
    }
}
