package io.blastwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.WindowCount;

class AlertRuleTest {

    private static final LocalDate END = LocalDate.of(2024, 2, 7);
    private static final LocalDate START = LocalDate.of(2023, 10, 8);

    private final AlertRule rule = new AlertRule(5, 4);

    private static WindowCount count(int n) {
        List<String> ids = IntStream.range(0, n).mapToObj(i -> "inc-" + i).toList();
        return new WindowCount("RU", START, END, n, ids);
    }

    @Test
    void shouldGiveTheSameAlertIdForTheSameInputs() {
        String id = rule.alertId("RU", END);

        assertThat(id).matches("alert-[0-9a-f]{16}");
        assertThat(new AlertRule(5, 4).alertId("RU", LocalDate.of(2024, 2, 7))).isEqualTo(id);
    }

    @Test
    void shouldGiveADifferentAlertIdForAnotherCountryStartOrRule() {
        String id = rule.alertId("RU", END);

        assertThat(rule.alertId("UA", END)).isNotEqualTo(id);
        assertThat(rule.alertId("RU", END.plusDays(1))).isNotEqualTo(id);
        assertThat(new AlertRule(6, 4).alertId("RU", END)).isNotEqualTo(id);
        assertThat(new AlertRule(5, 3).alertId("RU", END)).isNotEqualTo(id);
    }

    @Test
    void shouldFireWithASummaryOfTheWindow() {
        Alert alert = rule.firing(count(5), END.plusDays(3));

        assertThat(alert.summary())
                .isEqualTo("5 unexplained explosions at Russian military-industrial sites in the four months to 7 February 2024");
        assertThat(alert.id()).isEqualTo(rule.alertId("RU", END));
        assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(alert.rule()).isEqualTo("unexplained-explosions-4m-min5");
        assertThat(alert.count()).isEqualTo(5);
        assertThat(alert.threshold()).isEqualTo(5);
        assertThat(alert.windowStart()).isEqualTo(START);
        assertThat(alert.windowEnd()).isEqualTo(END);
        assertThat(alert.activeThrough()).isEqualTo(END.plusDays(3));
        assertThat(alert.incidentIds()).hasSize(5);
    }

    @Test
    void shouldSaySingularExplosionForOne() {
        assertThat(new AlertRule(1, 1).summary(1, "RU", END))
                .isEqualTo("1 unexplained explosion at Russian military-industrial sites in the one month to 7 February 2024");
    }

    @Test
    void shouldFallBackToTheCountryCodeAndDigitsBeyondTwelveMonths() {
        assertThat(new AlertRule(2, 24).summary(3, "KZ", END))
                .isEqualTo("3 unexplained explosions at KZ military-industrial sites in the 24 months to 7 February 2024");
    }

    @Test
    void shouldCrossAtTheThreshold() {
        assertThat(rule.crossed(count(4))).isFalse();
        assertThat(rule.crossed(count(5))).isTrue();
        assertThat(rule.crossed(count(6))).isTrue();
    }

    @Test
    void shouldResolveUnderTheSameIdAndMentionTheThreshold() {
        Alert fired = rule.firing(count(5), END);
        WindowCount now = new WindowCount("RU", START, END, 4, List.of("inc-1", "inc-2", "inc-3", "inc-4"));

        Alert resolved = rule.resolved(fired, now);

        assertThat(resolved.id()).isEqualTo(fired.id());
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.count()).isEqualTo(4);
        assertThat(resolved.incidentIds()).containsExactly("inc-1", "inc-2", "inc-3", "inc-4");
        assertThat(resolved.activeThrough()).isNull();
        assertThat(resolved.summary()).startsWith("Resolved: ").endsWith("below the threshold of 5");
    }

    @Test
    void shouldResolveWithACountOfZeroWhenTheWindowIsGone() {
        Alert resolved = rule.resolved(rule.firing(count(5), END), null);

        assertThat(resolved.supersededBy()).isNull();
        assertThat(resolved.count()).isZero();
        assertThat(resolved.incidentIds()).isEmpty();
        assertThat(resolved.summary()).contains("0 unexplained explosions").contains("threshold of 5");
    }

    @Test
    void shouldRefuseToResolveAnEpisodeWhoseHighestWindowStillReachesTheThreshold() {
        Alert fired = rule.firing(count(5), END);

        assertThatIllegalArgumentException().isThrownBy(() -> rule.resolved(fired, count(6)))
                .withMessageContaining("6").withMessageContaining("threshold 5");
    }

    @Test
    void shouldSupersedeUnderTheOldIdPointingAtTheSurvivor() {
        Alert later = rule.firing(new WindowCount("RU", START.plusDays(10), END.plusDays(10), 5,
                List.of("inc-0", "inc-1", "inc-2", "inc-3", "inc-9")), null);
        Alert earlier = rule.firing(count(5), null);

        Alert superseded = rule.superseded(later, earlier);

        assertThat(superseded.id()).isEqualTo(later.id());
        assertThat(superseded.status()).isEqualTo(AlertStatus.SUPERSEDED);
        assertThat(superseded.supersededBy()).isEqualTo(earlier.id());
        assertThat(superseded.count()).isEqualTo(5);
        assertThat(superseded.summary()).startsWith("Superseded by " + earlier.id())
                .contains("starts earlier").contains("7 February 2024").doesNotContain("Resolved")
                .doesNotContain("below the threshold");
        assertThat(rule.firing(count(5), null).supersededBy()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void shouldRejectAThresholdBelowOne(int threshold) {
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertRule(threshold, 4))
                .withMessageContaining(String.valueOf(threshold));
    }
}
