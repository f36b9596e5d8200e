package io.blastwatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.blastwatch.model.Article;
import io.blastwatch.model.Incident;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.Source;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * Cities that are regions of their own (Sevastopol, Kyiv, Moscow, Saint Petersburg, Minsk) share a partition with the
 * region around them: outlets place one incident in either, and reports that never meet are never merged.
 */
class CityRegionsTopologyTest {

    @Test
    void shouldPutACityThatIsARegionWithTheRegionAroundIt() {
        assertThat(IncidentMention.blockKey("UA", "UA.20")).isEqualTo(IncidentMention.blockKey("UA", "UA.11"));
        assertThat(IncidentMention.blockKey("UA", "UA.12")).isEqualTo(IncidentMention.blockKey("UA", "UA.13"));
        assertThat(IncidentMention.blockKey("RU", "RU.48")).isEqualTo(IncidentMention.blockKey("RU", "RU.47"));
        assertThat(IncidentMention.blockKey("RU", "RU.66")).isEqualTo(IncidentMention.blockKey("RU", "RU.42"));
        assertThat(IncidentMention.blockKey("BY", "BY.04")).isEqualTo(IncidentMention.blockKey("BY", "BY.05"));
        // Other regions keep their own partitions, even neighbours.
        assertThat(IncidentMention.blockKey("RU", "RU.47")).isNotEqualTo(IncidentMention.blockKey("RU", "RU.42"));
        assertThat(IncidentMention.blockKey("UA", "UA.11")).isNotEqualTo(IncidentMention.blockKey("UA", "UA.13"));
    }

    @Test
    void shouldMergeAReportOfTheCityWithAReportOfItsRegionOnTheSameDayInEitherOrder() {
        Article city = TestArticles.article("sev-1", "Black Sea Daily", "2023-04-30",
                "Drones struck a fuel depot in Sevastopol on 29 April 2023, the city's governor said.");
        Article region = TestArticles.article("crimea-1", "Peninsula News", "2023-04-30",
                "A fuel depot burned in Crimea after a drone attack on 29 April 2023, officials said.");
        for (List<Article> order : List.of(List.of(city, region), List.of(region, city))) {
            try (PipelineDriver pipeline = new PipelineDriver()) {
                pipeline.sendAll(order);
                assertThat(pipeline.incidents()).hasSize(1);
                Incident incident = pipeline.incidents().values().iterator().next();
                assertThat(incident.sources()).extracting(Source::articleId)
                        .containsExactlyInAnyOrder("sev-1", "crimea-1");
                assertThat(incident.settlement()).isEqualTo("Sevastopol");
            }
        }
    }
}
