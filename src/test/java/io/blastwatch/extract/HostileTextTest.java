package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.testing.PipelineDriver;
import io.blastwatch.testing.TestArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text built to trip date and place matchers: the extractor must finish in bounded time, never throw, and return no
 * more than its per-article limit. The time bound is a guard against runaway work, not a performance figure.
 */
class HostileTextTest {

    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(PipelineDriver.gazetteer());
    private static final int SIZE = 300_000;

    static Stream<Arguments> texts() {
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < SIZE) {
            noise.append((char) (random.nextInt(0x2FFF) + 1));
        }
        return Stream.of(
                Arguments.of("digits and spaces", "7 ".repeat(SIZE / 2)),
                Arguments.of("one endless sentence of place names", "Rostov Kotovsk Izhevsk ".repeat(SIZE / 23)),
                Arguments.of("dates without end", "explosion on 7 February 2024, 8 February, ".repeat(SIZE / 42)),
                Arguments.of("impossible dates", "An explosion on 31 February 2024 at the plant in Kotovsk. ".repeat(SIZE / 58)),
                Arguments.of("hyphen chains", "a-".repeat(SIZE / 2)),
                Arguments.of("dots", ".".repeat(SIZE)),
                Arguments.of("month words", "May March May March ".repeat(SIZE / 20)),
                Arguments.of("random unicode", noise.toString()),
                Arguments.of("many incidents", "An unexplained explosion hit the gunpowder plant in Kotovsk on 10 "
                        + "November 2023. A blast hit the arms depot in Solikamsk on 31 October 2023.\n".repeat(2000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void shouldFinishWithoutErrorOnHostileText(String name, String text) {
        Article article = new Article("hostile", null, "test", null, "2024-02-09", PublicationSource.FIELD, "en", text);
        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> EXTRACTOR.extract(article, TestArticles.INGESTED_AT));
        assertThat(extraction.mentions()).hasSizeLessThanOrEqualTo(IncidentExtractor.DEFAULT_MAX_MENTIONS);
    }
}
