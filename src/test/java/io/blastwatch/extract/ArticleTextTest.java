package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lines of a page that are not reporting: photo captions, with the quick tests that come before the pattern. */
class ArticleTextTest {

    private static final String REPORT = "A fire broke out at a gunpowder plant in the town on Tuesday night, the "
            + "regional governor said, and two workers were taken to hospital with burns.";

    @Test
    void aCaptionThatShowsAScenePresentTenseAndEndsWithItsFullDayIsLeftOut() {
        String caption = "Smoke rises over a warehouse on the edge of the town on March 5, 2024.";
        ArticleText text = ArticleText.of(REPORT + "\n" + caption);

        assertThat(sentences(text)).containsExactly(REPORT);
        assertThat(text.skipped()).singleElement().asString().startsWith("photo caption");
    }

    @Test
    void aCaptionWithTheDayBeforeTheMonthAndACreditIsLeftOutToo() {
        String caption = "Firefighters stand near a burned hangar on 12 April 2023. Handout via Reuters";
        ArticleText text = ArticleText.of(REPORT + "\n" + caption);

        assertThat(text.skipped()).singleElement().asString().startsWith("photo caption");
    }

    @Test
    void aReportInThePastTenseWithAFullDateStays() {
        String report = "Smoke was reported over a warehouse on the edge of the town on March 5, 2024.";
        ArticleText text = ArticleText.of(REPORT + "\n" + report);

        assertThat(sentences(text)).containsExactly(REPORT, report);
        assertThat(text.skipped()).isEmpty();
    }

    @Test
    void aPresentTenseLineWithoutAYearStays() {
        String line = "Smoke still rises over the warehouse, residents say, on the second day of the fire.";
        ArticleText text = ArticleText.of(REPORT + "\n" + line);

        assertThat(sentences(text)).contains(line);
    }

    @Test
    void aYearIsFourDigitsFrom1900To2099() {
        assertThat(ArticleText.hasYear("on march 5, 2024.")).isTrue();
        assertThat(ArticleText.hasYear("in 1998")).isTrue();
        assertThat(ArticleText.hasYear("2099")).isTrue();
        assertThat(ArticleText.hasYear("at 18:30 on march 5")).isFalse();
        assertThat(ArticleText.hasYear("room 2a01, 19 floors")).isFalse();
        assertThat(ArticleText.hasYear("a 201-page report")).isFalse();
        assertThat(ArticleText.hasYear("")).isFalse();
    }

    private static List<String> sentences(ArticleText text) {
        return text.sentences().stream().map(s -> s.text().trim()).toList();
    }
}
