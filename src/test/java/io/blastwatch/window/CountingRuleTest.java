package io.blastwatch.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentKind;
import io.blastwatch.serde.Json;

class CountingRuleTest {

    /** An unexplained explosion at a military-industrial site in Russia on a stated day. */
    private static Incident counted() {
        return incident(IncidentKind.EXPLOSION, true, true, "RU", LocalDate.of(2024, 2, 7), DateBasis.STATED);
    }

    private static Incident incident(IncidentKind kind, boolean military, boolean unexplained, String country,
                                     LocalDate date, DateBasis basis) {
        return new Incident("inc-0123456789abcdef", date, DatePrecision.DAY, basis, kind,
                "Votkinsk Machine Building Plant", "Izhevsk", "Udmurtia", "RU.80", country, 56.84976, 53.20448,
                military, unexplained, false, null, List.of(), 1, 1, "2024-02-08", "2024-02-08", List.of(), false);
    }

    @Test
    void shouldCountAnUnexplainedExplosionAtAMilitaryIndustrialSiteWithAKnownYear() {
        assertThat(CountingRule.counts(counted())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = DateBasis.class, names = {"YEAR_UNKNOWN", "UNDATED"}, mode = EnumSource.Mode.EXCLUDE)
    void shouldCountEveryDateBasisThatKnowsTheYear(DateBasis basis) {
        assertThat(CountingRule.counts(incident(IncidentKind.EXPLOSION, true, true, "RU", LocalDate.of(2024, 2, 7),
                basis))).isTrue();
    }

    @Test
    void shouldCountAnIncidentWithoutADateBasis() {
        assertThat(CountingRule.counts(incident(IncidentKind.EXPLOSION, true, true, "RU", LocalDate.of(2024, 2, 7),
                null))).isTrue();
    }

    static Stream<Arguments> brokenConditions() {
        LocalDate day = LocalDate.of(2024, 2, 7);
        return Stream.of(
                Arguments.of(Named.of("a fire", incident(IncidentKind.FIRE, true, true, "RU", day, DateBasis.STATED))),
                Arguments.of(Named.of("a drone strike",
                        incident(IncidentKind.DRONE_STRIKE, true, true, "RU", day, DateBasis.STATED))),
                Arguments.of(Named.of("another kind", incident(IncidentKind.OTHER, true, true, "RU", day, DateBasis.STATED))),
                Arguments.of(Named.of("not military-industrial",
                        incident(IncidentKind.EXPLOSION, false, true, "RU", day, DateBasis.STATED))),
                Arguments.of(Named.of("explained",
                        incident(IncidentKind.EXPLOSION, true, false, "RU", day, DateBasis.STATED))),
                Arguments.of(Named.of("year guessed",
                        incident(IncidentKind.EXPLOSION, true, true, "RU", day, DateBasis.YEAR_UNKNOWN))),
                Arguments.of(Named.of("undated",
                        incident(IncidentKind.EXPLOSION, true, true, "RU", day, DateBasis.UNDATED))),
                Arguments.of(Named.of("no country",
                        incident(IncidentKind.EXPLOSION, true, true, null, day, DateBasis.STATED))),
                Arguments.of(Named.of("no date",
                        incident(IncidentKind.EXPLOSION, true, true, "RU", null, DateBasis.STATED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenConditions")
    void shouldNotCountWhenOneConditionIsBroken(Incident incident) {
        assertThat(CountingRule.counts(incident)).isFalse();
    }

    /** The count reads only the facts it needs from each incident record; they must come out of it unchanged. */
    @ParameterizedTest
    @MethodSource("brokenConditions")
    void shouldReadTheCountableFactsOfAnIncidentRecordAsTheyAre(Incident incident) {
        CountableFacts read = Json.fromBytes(Json.toBytes(incident), CountableFacts.class);
        assertThat(read).isEqualTo(CountableFacts.of(incident));
        assertThat(CountingRule.counts(read)).isFalse();
        assertThat(Json.fromBytes(Json.toBytes(counted()), CountableFacts.class))
                .isEqualTo(CountableFacts.of(counted())).matches(CountingRule::counts);
    }

    @Test
    void shouldNotCountNothing() {
        assertThat(CountingRule.counts((Incident) null)).isFalse();
    }
}
