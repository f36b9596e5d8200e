package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.blastwatch.model.Alert;
import io.blastwatch.model.AlertStatus;
import io.blastwatch.model.Article;
import io.blastwatch.model.Incident;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.api.Test;

class SeedPipelineTest {

    @Test
    void shouldTurnTheThreeSeedArticlesIntoSixIncidentsCountsOfFiveAndFourAndOneAlert() {
        List<Article> seeds = TestArticles.read(TestArticles.seedsDir());
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.sendAll(seeds);

            Map<LocalDate, Incident> byDate = pipeline.incidents().values().stream()
                    .collect(Collectors.toMap(Incident::date, i -> i));
            assertThat(byDate.keySet()).containsExactlyInAnyOrder(LocalDate.parse("2024-02-07"),
                    LocalDate.parse("2024-01-15"), LocalDate.parse("2023-11-26"), LocalDate.parse("2023-11-10"),
                    LocalDate.parse("2023-10-31"), LocalDate.parse("2023-08-04"));
            assertThat(byDate.get(LocalDate.parse("2023-08-04")).outlets()).isEqualTo(1);
            byDate.forEach((date, incident) -> {
                if (!date.equals(LocalDate.parse("2023-08-04"))) {
                    assertThat(incident.outlets()).as("outlets of %s", date).isEqualTo(3);
                }
            });

            assertThat(pipeline.countAt("RU", LocalDate.parse("2024-02-07"))).isEqualTo(5);
            assertThat(pipeline.countAt("RU", LocalDate.parse("2023-11-26"))).isEqualTo(4);

            List<Alert> firing = pipeline.alerts().values().stream()
                    .filter(a -> a.status() == AlertStatus.FIRING).toList();
            assertThat(firing).hasSize(1);
            assertThat(firing.get(0).windowEnd()).isEqualTo(LocalDate.parse("2024-02-07"));
            assertThat(firing.get(0).incidentIds()).hasSize(5);
        }
    }
}
