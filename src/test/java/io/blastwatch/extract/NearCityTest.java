package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.blastwatch.model.Article;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.testing.PipelineDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A large city named after "near" or "on the outskirts of" is a landmark, not the site: "a plant near Ryazan" was in a
 * village eighty kilometres away that other outlets named. The mention keeps the city as its place but does not state it, so that
 * deduplication joins it to the incident of its region and day (IncidentClusteringTest) instead of founding one in
 * the city. A village after "near", or a city after "in", is the place itself.
 */
class NearCityTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "An explosion hit a warehouse near Ryazan on 22 October 2021.|Ryazan'|false",
            "An explosion hit a warehouse in Ryazan on 22 October 2021.|Ryazan'|true",
            "Drones hit an ammunition depot near the Russian city of Voronezh on 7 September 2024.|Voronezh|false",
            "Drones hit an ammunition depot outside Voronezh on 7 September 2024.|Voronezh|false",
            "An explosion hit a test site near the village of Yagul on 7 February 2024.|Yagul|true",
            "An explosion hit a warehouse near Kotovsk on 22 October 2021.|Kotovsk|true",
            "An explosion hit a warehouse on the outskirts of Ryazan on 22 October 2021.|Ryazan'|false",
            "An explosion hit a warehouse on the edge of Voronezh on 7 September 2024.|Voronezh|false",
            "An explosion hit a warehouse at the edge of the yard in Voronezh on 7 September 2024.|Voronezh|true"})
    void shouldNotStateALargeCityThatTheIncidentIsOnlyNear(String sentence, String settlement, boolean stated) {
        Article article = new Article("near-1", null, "Test Outlet", null, "2024-09-08", PublicationSource.FIELD, "en",
                sentence);
        IncidentMention m = EXTRACTOR.extract(article, Instant.parse("2024-09-09T00:00:00Z")).mentions().get(0);
        assertThat(m.settlement()).as("settlement").isEqualTo(settlement);
        assertThat(m.settlementStated()).as("stated").isEqualTo(stated);
    }
}
