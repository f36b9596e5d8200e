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
 * What kind of incident each is, table-driven ({@code incident-kinds.tsv}, articles written for it): a site that "was
 * hit" takes the kind the article tells, drones reach their verb of attack across a clause, weapons a plant makes are
 * no attack, and a burst of blasts at one site is news, not a run of earlier incidents.
 */
class IncidentKindsTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());
    private static final Instant READ_AT = Instant.parse("2026-11-30T12:00:00Z");

    record Case(int line, String text, String published, String expected) {
        @Override
        public String toString() {
            return "incident-kinds.tsv:" + line + " " + (text.length() > 90 ? text.substring(0, 89) + "…" : text);
        }
    }

    static Stream<Arguments> cases() {
        return read().stream().map(c -> Arguments.of(Named.of(c.toString(), c)));
    }

    /** Every incident's kind in text order, "-" for none. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesWhatHappened(Case c) {
        Article article = new Article("p-" + c.line(), null, "Test Outlet", null, c.published(),
                PublicationSource.FIELD, "en", c.text().replace("\\n", "\n"));
        List<IncidentMention> mentions = EXTRACTOR.extract(article, READ_AT).mentions();
        String found = mentions.isEmpty() ? "-" : mentions.stream()
                .map(m -> m.kind().name()).collect(Collectors.joining(" "));
        assertThat(found).as("kinds of %s", c).isEqualTo(c.expected());
    }

    @Test
    void tableCoversBothDirections() {
        List<Case> cases = read();
        assertThat(cases).filteredOn(c -> c.expected().equals("-")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cases).filteredOn(c -> c.expected().equals("FIRE")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cases).filteredOn(c -> c.expected().contains("STRIKE")).hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<Case> read() {
        return TsvTable.read(IncidentKindsTest.class, "incident-kinds.tsv", List.of("text", "published", "kinds"))
                .stream().map(l -> new Case(l.number(), l.get(0), l.get(1), l.get(2))).toList();
    }
}
