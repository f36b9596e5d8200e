package io.blastwatch.extract;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of dates in one language, read from {@code lang/LANGUAGE/dates.txt}: month and weekday names, counts,
 * the cue words that make a bare month a date, and the words by which a date anchors something other than an
 * incident. The grammar that combines them lives in {@link DateFinder} and {@link SentenceReader}.
 */
record DateWords(Map<String, Integer> months, Set<String> abbreviatedMonths, Map<String, DayOfWeek> weekdays,
                 Map<String, Integer> numbers, Set<String> monthCues, Set<String> nightWords,
                 Set<String> quantityUnits, Set<String> periodOpeners, Set<String> anchorEvents,
                 Set<String> bylineLabels, Set<String> vagueNumbers) {

    /** Read once; immutable after, so every thread shares it. */
    static final DateWords ENGLISH = load("en");

    static DateWords load(String language) {
        LanguageResource r = LanguageResource.load(language, "dates.txt");
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        r.numbers("weekdays").forEach((word, n) -> weekdays.put(word, DayOfWeek.of(n)));
        return new DateWords(r.numbers("months"), Words.copyOf(r.words("abbreviated-months")), Words.copyOf(weekdays),
                r.numbers("numbers"), Words.copyOf(r.words("month-cues")), Words.copyOf(r.words("night-words")),
                Words.copyOf(r.words("quantity-units")), Words.copyOf(r.words("period-openers")),
                Words.copyOf(r.words("anchor-events")), Words.copyOf(r.words("byline-labels")),
                Words.copyOf(r.words("vague-numbers")));
    }
}
