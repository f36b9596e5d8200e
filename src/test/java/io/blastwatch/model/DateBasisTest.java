package io.blastwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.blastwatch.serde.Json;
import org.junit.jupiter.api.Test;

class DateBasisTest {

    @Test
    void shouldReadTheFormerNameOfAnUnknownYearFromStoredRecords() throws Exception {
        // State stores and topics written before the rename hold "GUESSED".
        assertThat(Json.mapper().readValue("\"GUESSED\"", DateBasis.class)).isEqualTo(DateBasis.YEAR_UNKNOWN);
        assertThat(Json.toString(DateBasis.YEAR_UNKNOWN)).isEqualTo("\"YEAR_UNKNOWN\"");
    }

    @Test
    void shouldKnowTheYearOfEveryBasisButAnUnknownYearAndAnUndatedPage() {
        for (DateBasis basis : DateBasis.values()) {
            assertThat(basis.yearKnown()).as(basis.name())
                    .isEqualTo(basis != DateBasis.YEAR_UNKNOWN && basis != DateBasis.UNDATED);
            assertThat(basis.dated()).as(basis.name()).isEqualTo(basis != DateBasis.UNDATED);
        }
    }
}
