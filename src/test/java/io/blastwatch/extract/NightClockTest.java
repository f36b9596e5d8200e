package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A clock time of the night next to a date ("on August 10, around 11:00 p.m.") makes the date a day off either way,
 * as a night word does; a time of the day does not. The quick test that spares most dates the clock pattern must
 * never hide a clock.
 */
class NightClockTest {

    @Test
    void aNightTimeNextToADateMarksItNearNight() {
        assertThat(nearNight("The depot burned on August 10, around 11:00 p.m., officials said.")).isTrue();
        assertThat(nearNight("Blasts were heard at 23:40 on 4 May near the plant.")).isTrue();
        assertThat(nearNight("The fire began on March 3 at 2 AM and lasted for hours.")).isTrue();
        assertThat(nearNight("The fire began on March 3 at 1.30am, the ministry said.")).isTrue();
    }

    @Test
    void aDayTimeOrNoTimeLeavesTheDateAlone() {
        assertThat(nearNight("The depot burned on August 10, around 3:00 p.m., officials said.")).isFalse();
        assertThat(nearNight("Blasts were heard at 14:10 on 4 May near the plant.")).isFalse();
        assertThat(nearNight("The plant in the town caught fire on March 3, the ministry said.")).isFalse();
    }

    @Test
    void theQuickTestFindsEveryFormOfAClockAndNothingWithoutOne() {
        assertThat(DateFinder.mayHoldClock("at 23:40", 0, 8)).isTrue();
        assertThat(DateFinder.mayHoldClock("at 11 p.m.", 0, 10)).isTrue();
        assertThat(DateFinder.mayHoldClock("at 11 PM", 0, 8)).isTrue();
        assertThat(DateFinder.mayHoldClock("at 11am", 0, 7)).isTrue();
        assertThat(DateFinder.mayHoldClock("on August 10, the plant", 0, 23)).isFalse();
        assertThat(DateFinder.mayHoldClock("at 23:40", 0, 5)).isFalse(); // the colon lies outside the range
        assertThat(DateFinder.mayHoldClock("pm", 1, 2)).isFalse(); // its "p" lies before the range
        assertThat(DateFinder.mayHoldClock("the governor said: on 4 May", 0, 27)).isFalse(); // a colon after a word
        assertThat(DateFinder.mayHoldClock("the equipment shipment of Amsterdam", 0, 35)).isFalse(); // no digit
        assertThat(DateFinder.mayHoldClock("at 11  pm", 0, 9)).isTrue(); // spaces between the digits and "pm"
        assertThat(DateFinder.mayHoldClock("at 11 pm", 5, 8)).isFalse(); // the digits lie before the range
        assertThat(DateFinder.mayHoldClock("shelled 20 km away", 0, 18)).isFalse(); // "km" is no "am" or "pm"
        assertThat(DateFinder.mayHoldClock("at 23:40", 3, 6)).isFalse(); // the minutes lie outside the range
        assertThat(DateFinder.mayHoldClock("at 23:40", 5, 8)).isFalse(); // and here the hour
        assertThat(DateFinder.mayHoldClock("at 23:40", 4, 8)).isTrue(); // "3:40" is a time to the pattern too
        assertThat(nearNight("The governor said: blasts were heard at 23:40 on 4 May near the plant.")).isTrue();
    }

    private static boolean nearNight(String text) {
        List<DateExpression> found = DateFinder.find(text, Tokenizer.tokenize(text));
        assertThat(found).as("a date in: %s", text).isNotEmpty();
        return found.stream().anyMatch(DateExpression::nearNight);
    }
}
