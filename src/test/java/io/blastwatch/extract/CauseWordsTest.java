package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.blastwatch.model.Article;
import io.blastwatch.model.IncidentMention;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.testing.PipelineDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cause is reported as a whole clause a reader can take in, never a window of words cut mid-phrase. */
class CauseWordsTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The explosion at the Votkinsk plant on 7 February 2024 was a failed test or an outright act of sabotage, "
                    + "a local paper wrote.|a failed test or an outright act of sabotage",
            "Whether the explosion at the Votkinsk plant on 7 February 2024 was a failed test or an accident may never "
                    + "be known.|a failed test or an accident",
            "The explosion at the Votkinsk plant on 7 February 2024 was caused by a violation of safety rules during "
                    + "maintenance; two workers were hurt.|caused by a violation of safety rules during maintenance"})
    void shouldGiveTheWholeClauseOfTheExplanation(String causeSentence, String expected) {
        Article article = new Article("cause-1", null, "Test Outlet", null, "2024-02-09", PublicationSource.FIELD, "en",
                causeSentence);
        IncidentMention mention = EXTRACTOR.extract(article, Instant.parse("2024-02-10T00:00:00Z")).mentions().get(0);
        assertThat(mention.cause()).isEqualTo(expected);
    }
}
