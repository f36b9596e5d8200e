package io.blastwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Checks that extraction asks of nearly every word, written out for speed where they were patterns, trigonometry,
 * copies or streams. Each must answer exactly as what it replaced, on the words that matter and on the near misses.
 */
class WrittenOutChecksTest {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d+[a-z]?");

    @Test
    void aYearIsFourDigitsFrom1900To2099() {
        assertThat(DateFinder.isYear("2024")).isTrue();
        assertThat(DateFinder.isYear("1999")).isTrue();
        assertThat(DateFinder.isYear("2100")).isFalse();
        assertThat(DateFinder.isYear("1899")).isFalse();
        assertThat(DateFinder.isYear("20245")).isFalse();
        assertThat(DateFinder.isYear("202")).isFalse();
        assertThat(DateFinder.isYear("20a4")).isFalse();
        for (String w : samples()) {
            assertThat(DateFinder.isYear(w)).as(w).isEqualTo(YEAR.matcher(w).matches());
        }
    }

    @Test
    void aHouseNumberIsDigitsWithPerhapsOneLetter() {
        assertThat(PlaceResolver.isHouseNumber("2")).isTrue();
        assertThat(PlaceResolver.isHouseNumber("14a")).isTrue();
        assertThat(PlaceResolver.isHouseNumber("14ab")).isFalse();
        assertThat(PlaceResolver.isHouseNumber("a14")).isFalse();
        assertThat(PlaceResolver.isHouseNumber("14A")).isFalse(); // tokens are folded: an upper-case letter is no norm
        assertThat(PlaceResolver.isHouseNumber("")).isFalse();
        assertThat(PlaceResolver.isHouseNumber("street")).isFalse();
        for (String w : samples()) {
            assertThat(PlaceResolver.isHouseNumber(w)).as(w).isEqualTo(HOUSE_NUMBER.matcher(w).matches());
        }
    }

    @Test
    void withinAgreesWithTheDistanceOnEitherSideOfTheLimit() {
        Settlement votkinsk = place(57.05, 53.99);
        Settlement izhevsk = place(56.85, 53.20); // about 52 km away
        assertThat(votkinsk.within(izhevsk, 60)).isTrue();
        assertThat(votkinsk.within(izhevsk, 40)).isFalse();
        Settlement sameLatitude = place(57.05, 55.00); // the latitude alone proves nothing
        assertThat(votkinsk.within(sameLatitude, 30)).isFalse();
        assertThat(votkinsk.within(sameLatitude, 70)).isTrue();
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            Settlement a = place(44 + random.nextDouble() * 20, 20 + random.nextDouble() * 40);
            Settlement b = place(a.latitude() + random.nextGaussian(), a.longitude() + random.nextGaussian());
            double km = random.nextDouble() * 150;
            assertThat(a.within(b, km)).as("%s %s %s", a, b, km).isEqualTo(a.distanceKm(b) <= km);
        }
        // Exactly on the limit, as a settlement compared with itself or one due north at the limit's distance.
        assertThat(votkinsk.within(votkinsk, 0)).isTrue();
        Settlement north = place(57.05 + 0.5, 53.99);
        assertThat(votkinsk.within(north, votkinsk.distanceKm(north))).isTrue();
    }

    @Test
    void aWordInCapitalsIsOneWithoutLowerCaseLettersAndWithALetter() {
        for (String word : List.of("MOSCOW", "KYIV", "Moscow", "mOSCOW", "A", "AB", "A1", "12", "1A", "U-S", "T-72",
                "ÉCOLE", "École", "STRAßE", "STRASSE", "ÆØ", "Æø", "ДОН", "Дон", "123-45")) {
            Token token = new Token(word, TextFolding.fold(word), 0, word.length(), true);
            boolean expected = word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    && word.chars().anyMatch(Character::isLetter);
            assertThat(PlaceRoles.allCaps(token)).as(word).isEqualTo(expected);
        }
        assertThat(PlaceRoles.allCaps(new Token("MOSCOW", "moscow", 0, 6, true))).isTrue();
        assertThat(PlaceRoles.allCaps(new Token("—", "-", 0, 1, false))).isFalse();
    }

    @Test
    void foldingAWordIsFoldingEachOfItsCharacters() {
        Random random = new Random(5);
        String alphabet = "abcXYZ019'`-.\u00C9\u00E9\u00DF\u2019\u0416 ";
        List<String> words = new ArrayList<>(List.of("Votkinsk", "KYIV", "Rostov-on-Don", "It`s", "\u00C9cole", "plain"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            words.add(w.toString());
        }
        for (String word : words) {
            StringBuilder expected = new StringBuilder();
            word.chars().forEach(c -> expected.append(TextFolding.fold((char) c)));
            assertThat(TextFolding.fold(word)).as(word).isEqualTo(expected.toString());
        }
    }

    private static Settlement place(double lat, double lon) {
        return new Settlement("id", "name", "RU", "RU.80", lat, lon, 1000, "PPL");
    }

    /** Tokens of every shape near a year or a house number: digits, letters, punctuation, lengths 0 to 6. */
    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of("", "19", "20", "1900", "2099", "2000s", "1990s", "0", "007",
                "12-14", "3/4", "2024.", "٢٠٢٤", "１９９９", "7b", "7é"));
        Random random = new Random(3);
        String alphabet = "0123456789012345678912az-.Z";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            int length = random.nextInt(7);
            for (int k = 0; k < length; k++) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(w.toString());
        }
        return samples;
    }
}
