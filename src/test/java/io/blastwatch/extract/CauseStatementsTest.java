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
 * Who makes a cause statement and how (lang/en/attribution.txt), on sentences written for this test: a party's claim,
 * an official finding, a Telegram channel's report, an unnamed source (the media's, whoever it serves), a hedge and a
 * denial; and an incident with no statement at all has neither.
 */
class CauseStatementsTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Ukraine's General Staff claimed a drone attack on the gunpowder plant in Kotovsk on 4 July 2024.|PARTY|CLAIMED|true",
            "The governor said drones attacked the gunpowder plant in Kotovsk on 4 July 2024.|OFFICIALS|STATED|true",
            "Investigators said the explosion at the gunpowder plant in Kotovsk on 4 July 2024 was caused by a "
                    + "violation of safety rules.|INVESTIGATORS|STATED|false",
            "Telegram channels reported a drone attack on the gunpowder plant in Kotovsk on 4 July 2024.|MEDIA|STATED|true",
            "An intelligence source said drones attacked the gunpowder plant in Kotovsk on 4 July 2024.|MEDIA|STATED|true",
            "The explosion at the gunpowder plant in Kotovsk on 4 July 2024 might have been caused by a drone attack, "
                    + "a blogger wrote.|MEDIA|SUSPECTED|false",
            "Officials said it was unlikely that Ukrainian drones were involved in the explosion at the gunpowder plant in "
                    + "Kotovsk on 4 July 2024.|OFFICIALS|DENIED|false",
            "A drone attack hit the gunpowder plant in Kotovsk on 4 July 2024.|UNNAMED|STATED|true",
            "An explosion rocked the gunpowder plant in Kotovsk on 4 July 2024.|-|-|false"})
    void shouldTellWhoSaysWhatCausedItAndHow(String sentence, String speaker, String stance, boolean attack) {
        Article article = new Article("statement-1", null, "Test Outlet", null, "2024-07-05", PublicationSource.FIELD,
                "en", sentence);
        IncidentMention m = EXTRACTOR.extract(article, Instant.parse("2024-07-06T00:00:00Z")).mentions().get(0);
        assertThat(m.causeSpeaker() == null ? null : m.causeSpeaker().name()).as("speaker").isEqualTo(speaker);
        assertThat(m.causeStance() == null ? null : m.causeStance().name()).as("stance").isEqualTo(stance);
        assertThat(!m.unexplained()).as("attack").isEqualTo(attack);
    }

    /**
     * A cause that refers back ("the fire was caused by sabotage") belongs to the incident named just before it: after
     * a sentence of its paragraph about an earlier incident, it is that one's, not the article's main incident's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "An explosion hit the gunpowder plant in Kotovsk on 4 July 2024.\\nNo cause was given.\\nEarlier this year, "
                    + "a fire broke out at another depot in Tambov. According to media reports, the fire was caused by "
                    + "sabotage.|true",
            "An explosion hit the gunpowder plant in Kotovsk on 4 July 2024.\\nNo cause was given at first.\\n"
                    + "According to media reports, the explosion was caused by sabotage.|false"})
    void shouldGiveACauseThatRefersBackToTheIncidentJustNamed(String text, boolean unexplained) {
        Article article = new Article("statement-2", null, "Test Outlet", null, "2024-07-05", PublicationSource.FIELD,
                "en", text.replace("\\n", "\n"));
        IncidentMention kotovsk = EXTRACTOR.extract(article, Instant.parse("2024-07-06T00:00:00Z")).mentions().stream()
                .filter(m -> "Kotovsk".equals(m.settlement())).findFirst().orElseThrow();
        assertThat(kotovsk.unexplained()).as("unexplained").isEqualTo(unexplained);
    }
}
