package io.blastwatch.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RollingWindowTest {

    private final RollingWindow fourMonths = new RollingWindow(4);

    @Test
    void shouldStartTheDayAfterTheEndMinusThePeriod() {
        assertThat(fourMonths.start(LocalDate.of(2024, 2, 7))).isEqualTo(LocalDate.of(2023, 10, 8));
        assertThat(fourMonths.start(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 10, 30));
        assertThat(new RollingWindow(1).start(LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @ParameterizedTest(name = "window to {0} covers {1}: {2}")
    @CsvSource({
            "2024-02-07, 2023-10-08, true",
            "2024-02-07, 2023-10-07, false",
            "2024-02-07, 2024-02-07, true",
            "2024-02-07, 2024-02-08, false",
            "2024-02-07, 2023-12-25, true",
            "2024-02-29, 2023-10-31, true",
            "2024-02-29, 2023-10-30, true",
            "2024-02-29, 2023-10-29, false",
            "2024-03-01, 2023-10-31, false",
            "2024-03-01, 2023-11-02, true",
    })
    void shouldCoverTheDaysOfTheWindowOnly(LocalDate end, LocalDate day, boolean covered) {
        assertThat(fourMonths.covers(end, day)).isEqualTo(covered);
    }

    @ParameterizedTest(name = "{0} leaves on {1}")
    @CsvSource({
            "2023-08-04, 2023-12-04",
            "2023-10-08, 2024-02-08",
            "2023-10-31, 2024-03-01",
            "2023-10-30, 2024-03-01",
            "2023-10-29, 2024-02-29",
            "2024-02-29, 2024-06-29",
    })
    void shouldLeaveOnTheFirstWindowEndThatNoLongerCoversTheDay(LocalDate day, LocalDate leaves) {
        assertThat(fourMonths.leaves(day)).isEqualTo(leaves);
    }

    @Test
    void shouldLeaveExactlyOnceForEveryDayOf2020To2025() {
        for (int months : new int[] {1, 4, 12}) {
            RollingWindow window = new RollingWindow(months);
            for (LocalDate d = LocalDate.of(2020, 1, 1); !d.isAfter(LocalDate.of(2025, 12, 31)); d = d.plusDays(1)) {
                LocalDate leaves = window.leaves(d);
                assertThat(window.covers(leaves.minusDays(1), d)).as("%d months, %s", months, d).isTrue();
                assertThat(window.covers(leaves, d)).as("%d months, %s", months, d).isFalse();
                assertThat(window.covers(leaves.plusDays(31), d)).as("%d months, %s", months, d).isFalse();
                assertThat(window.covers(d, d)).as("%d months, %s", months, d).isTrue();
                assertThat(window.start(leaves)).as("%d months, %s", months, d).isAfter(d);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 121, Integer.MIN_VALUE})
    void shouldRejectMonthsOutsideOneTo120(int months) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RollingWindow(months))
                .withMessageContaining(String.valueOf(months));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 120})
    void shouldAcceptTheBoundsOfTheMonths(int months) {
        assertThatNoException().isThrownBy(() -> new RollingWindow(months));
    }
}
