package io.blastwatch.extract;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.blastwatch.extract.DateExpression.Kind;
import io.blastwatch.extract.DateExpression.Part;

/**
 * Finds date expressions in a run of tokens: a hand-written grammar that looks at each token once and a few tokens
 * around it, so its work is linear in the text.
 */
public final class DateFinder {

    private static final DateWords WORDS = DateWords.ENGLISH;
    private static final Map<String, Integer> MONTHS = WORDS.months();

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private static final Set<String> ABBREVIATED = WORDS.abbreviatedMonths();
    private static final Map<String, DayOfWeek> WEEKDAYS = WORDS.weekdays();
    private static final Map<String, Integer> SMALL_NUMBERS = WORDS.numbers();
    /** Words before a bare month or year that make it a date rather than a name or a verb ("in May", "since 2022"). */
    private static final Set<String> MONTH_CUES = WORDS.monthCues();
    private static final Set<String> NIGHT_WORDS = WORDS.nightWords();
    /** Cue words by which a year or month bounds a period instead of dating an event: "since 2022", "by 2030". */
    private static final Set<String> PERIOD_BOUNDS = Words.of("since", "by", "until", "till", "before", "from", "to");

    private DateFinder() {
    }

    public static List<DateExpression> find(String text, List<Token> tokens) {
        List<DateExpression> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = match(text, tokens, i, found);
            i = next > i ? next : i + 1;
        }
        return markNightTime(text, tokens, dropBareOvernight(yearsBefore(tokens, storyYears(text, tokens, found))));
    }

    /** Words that may stand between a year and the day it gives its year to: "In 2024, on January 19". */
    private static final Set<String> YEAR_TO_DAY_LINKS = Words.of(",", "on", "the", "in", "and");
    private static final int YEAR_TO_DAY_REACH = 3;

    /**
     * "At the beginning of 2024, on January 19, the plant was attacked", "In 2019, on August 8": a year written just
     * before a yearless day or month is its year. A year that bounds a period ("since 2022, on ...") gives none.
     */
    private static List<DateExpression> yearsBefore(List<Token> tokens, List<DateExpression> found) {
        List<DateExpression> out = new ArrayList<>(found);
        for (int i = 1; i < out.size(); i++) {
            DateExpression e = out.get(i);
            DateExpression before = out.get(i - 1);
            boolean yearless = (e.kind() == Kind.CALENDAR || e.kind() == Kind.MONTH) && !e.hasYear()
                    && e.yearsBack() == null;
            if (!yearless || before.kind() != Kind.YEAR || !before.hasYear() || before.boundary()) {
                continue;
            }
            int from = firstTokenFrom(tokens, before.end());
            int to = firstTokenFrom(tokens, e.start());
            boolean linked = to - from <= YEAR_TO_DAY_REACH;
            for (int k = from; k < to && linked; k++) {
                linked = YEAR_TO_DAY_LINKS.contains(tokens.get(k).norm());
            }
            if (linked) {
                out.set(i, e.withYear(before.year()));
            }
        }
        return out;
    }

    /**
     * "in February this year", "on 19 January of last year", "last March": a yearless day or month that the text
     * places in the story's own year, or the one before. The "this year" that says so is part of the date, not a
     * date of its own.
     */
    private static List<DateExpression> storyYears(String text, List<Token> tokens, List<DateExpression> found) {
        List<DateExpression> out = new ArrayList<>(found.size());
        int skipUntil = -1;
        for (DateExpression e : found) {
            if (e.start() < skipUntil) {
                continue;
            }
            boolean yearless = (e.kind() == Kind.CALENDAR || e.kind() == Kind.MONTH) && !e.hasYear();
            if (yearless) {
                int k = firstTokenFrom(tokens, e.end());
                if (k < tokens.size() && tokens.get(k).is("of")) {
                    k++;
                }
                if (k + 1 < tokens.size() && tokens.get(k + 1).is("year")
                        && (tokens.get(k).is("this") || tokens.get(k).is("last"))) {
                    int end = tokens.get(k + 1).end();
                    out.add(e.withYearsBack(tokens.get(k).is("this") ? 0 : 1, end, text.substring(e.start(), end)));
                    skipUntil = end;
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    /** The first token that starts at or after the offset. */
    private static int firstTokenFrom(List<Token> tokens, int offset) {
        return SentenceReader.lastTokenBefore(tokens, offset) + 1;
    }

    /** "overnight" alone means the night before publication, unless a date next to it says which night. */
    private static boolean anotherWithin(List<DateExpression> found, DateExpression e, int chars) {
        for (DateExpression o : found) {
            if (o != e && Math.min(Math.abs(o.start() - e.end()), Math.abs(e.start() - o.end())) < chars) {
                return true;
            }
        }
        return false;
    }

    private static List<DateExpression> dropBareOvernight(List<DateExpression> found) {
        List<DateExpression> kept = new ArrayList<>(found.size());
        for (DateExpression e : found) {
            boolean bare = e.kind() == Kind.DAYS_AGO && e.text().equalsIgnoreCase("overnight");
            boolean dated = bare && anotherWithin(found, e, 40);
            if (!dated) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Words other than numbers that can start a date expression; the lexicon marks them. */
    static Set<String> startWords() {
        Set<String> words = new java.util.HashSet<>(MONTHS.keySet());
        words.addAll(WEEKDAYS.keySet());
        words.addAll(SMALL_NUMBERS.keySet());
        words.addAll(Set.of("today", "tonight", "yesterday", "overnight", "the", "last", "this", "earlier", "past",
                "next", "coming", "early", "mid", "middle", "late", "end", "beginning", "start"));
        return words;
    }

    /** Tries every pattern at token i; returns the index after the match, or i when nothing matched. */
    private static int match(String text, List<Token> t, int i, List<DateExpression> out) {
        Token tok = t.get(i);
        if (!tok.word() || !(tok.has(Lexicon.DATE_WORD) || Character.isDigit(tok.norm().charAt(0))
                || tok.norm().startsWith("mid-"))) {
            return i;
        }
        int end;
        if ((end = isoOrNumeric(text, t, i, out)) > i) {
            return end;
        }
        if ((end = monthFirst(text, t, i, out)) > i) {
            return end;
        }
        if ((end = dayFirst(text, t, i, out)) > i) {
            return end;
        }
        if ((end = monthPart(text, t, i, out)) > i) {
            return end;
        }
        if ((end = cuedMonthOrYear(text, t, i, out)) > i) {
            return end;
        }
        return relative(text, t, i, out);
    }

    // "2024-02-07", "07.02.2024", "7/2/2024" (slashes only when day and month cannot be confused)
    private static int isoOrNumeric(String text, List<Token> t, int i, List<DateExpression> out) {
        String s = t.get(i).norm();
        if (s.length() < 8 || !Character.isDigit(s.charAt(0))) {
            return i;
        }
        String[] parts;
        int y;
        int m;
        int d;
        if (ISO.matcher(s).matches()) {
            parts = s.split("-");
            y = Integer.parseInt(parts[0]);
            m = Integer.parseInt(parts[1]);
            d = Integer.parseInt(parts[2]);
        } else if (DOTTED.matcher(s).matches()) {
            parts = s.split("\\.");
            d = Integer.parseInt(parts[0]);
            m = Integer.parseInt(parts[1]);
            y = Integer.parseInt(parts[2]);
        } else if (SLASHED.matcher(s).matches()) {
            parts = s.split("/");
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            if (a > 12 && b <= 12) {
                d = a;
                m = b;
            } else if (b > 12 && a <= 12) {
                m = a;
                d = b;
            } else {
                return i;
            }
            y = Integer.parseInt(parts[2]);
        } else {
            return i;
        }
        if (!plausibleYear(y) || m < 1 || m > 12) {
            return i;
        }
        out.add(calendar(text, t.get(i).start(), t.get(i).end(), y, m, d, null));
        return i + 1;
    }

    // "February 7", "Feb. 9", "Nov. 26, 2023", "May 3-5", "Nov. 10 and 14"
    private static int monthFirst(String text, List<Token> t, int i, List<DateExpression> out) {
        int month = month(t, i);
        if (month == 0) {
            return i;
        }
        int j = skipDot(t, i + 1);
        Integer day = day(t, j);
        Integer dayTo = null;
        int[] joined = dayRangeToken(t, j);
        if (joined != null) {
            day = joined[0];
            dayTo = joined[1];
        }
        if (day == null) {
            return i;
        }
        int k = j + 1;
        int[] range = dayTo == null ? rangeEnd(t, k) : null;
        if (range != null) {
            dayTo = range[0];
            k = range[1];
        }
        List<Integer> moreDays = new ArrayList<>();
        List<int[]> moreSpans = new ArrayList<>();
        while (k + 1 < t.size() && t.get(k).is("and") && day(t, k + 1) != null && month(t, k + 2) == 0) {
            moreDays.add(day(t, k + 1));
            moreSpans.add(new int[] {t.get(k + 1).start(), t.get(k + 1).end()});
            k += 2;
        }
        int[] year = trailingYear(t, k);
        Integer y = year == null ? null : year[0];
        int end = year == null ? t.get(k - 1).end() : t.get(year[1] - 1).end();
        out.add(calendar(text, t.get(i).start(), moreDays.isEmpty() ? end : t.get(j).end(), y, month, day, dayTo));
        for (int n = 0; n < moreDays.size(); n++) {
            int spanEnd = n == moreDays.size() - 1 ? end : moreSpans.get(n)[1];
            out.add(calendar(text, moreSpans.get(n)[0], spanEnd, y, month, moreDays.get(n), null));
        }
        return year == null ? k : year[1];
    }

    // "7 February", "15 January 2024", "7th of February", "3-5 May", "between 3 and 5 May", "10 and 12 May"
    private static int dayFirst(String text, List<Token> t, int i, List<DateExpression> out) {
        Integer day = day(t, i);
        Integer dayTo = null;
        int[] joined = dayRangeToken(t, i);
        if (joined != null) {
            day = joined[0];
            dayTo = joined[1];
        }
        if (day == null) {
            return i;
        }
        int j = i + 1;
        List<Integer> listed = new ArrayList<>();
        List<Integer> listedTokens = new ArrayList<>();
        int[] range = dayTo == null ? rangeEnd(t, j) : null;
        if (range != null) {
            dayTo = range[0];
            j = range[1];
        } else if (dayTo == null && i > 0 && t.get(i - 1).is("between") && j + 1 < t.size() && t.get(j).is("and")
                && day(t, j + 1) != null) {
            dayTo = day(t, j + 1);
            j += 2;
        } else if (dayTo == null) {
            // "10, 12 and 14 January", "10 and 12 May": every day of the list, sharing the month and year after it
            while (j + 1 < t.size() && (t.get(j).is(",") || t.get(j).is("and")) && day(t, j + 1) != null) {
                listed.add(day(t, j + 1));
                listedTokens.add(j + 1);
                j += 2;
            }
        }
        if (j < t.size() && t.get(j).is("of")) {
            j++;
        }
        int month = month(t, j);
        if (month == 0) {
            return i;
        }
        int k = skipDot(t, j + 1);
        int[] year = trailingYear(t, k);
        Integer y = year == null ? null : year[0];
        int end = year == null ? t.get(k - 1).end() : t.get(year[1] - 1).end();
        int start = t.get(i).start();
        if (dayTo != null && i > 0 && t.get(i - 1).is("between")) {
            start = t.get(i - 1).start();
        }
        out.add(calendar(text, start, listed.isEmpty() ? end : t.get(i).end(), y, month, day, dayTo));
        for (int n = 0; n < listed.size(); n++) {
            int from = t.get(listedTokens.get(n)).start();
            int to = n == listed.size() - 1 ? end : t.get(listedTokens.get(n)).end();
            out.add(calendar(text, from, to, y, month, listed.get(n), null));
        }
        return year == null ? k : year[1];
    }

    // "early June", "late October 2023", "mid-October", "the end of November", "the beginning of March"
    private static int monthPart(String text, List<Token> t, int i, List<DateExpression> out) {
        Token tok = t.get(i);
        Part part = null;
        int j = i + 1;
        if (tok.norm().startsWith("mid-") && MONTHS.containsKey(tok.norm().substring(4))) {
            part = Part.MID;
            j = i;
        } else if (tok.is("early") || tok.is("beginning") || tok.is("start")) {
            part = Part.EARLY;
        } else if (tok.is("mid") || tok.is("middle")) {
            part = Part.MID;
        } else if (tok.is("late") || tok.is("end")) {
            part = Part.LATE;
        }
        if (part == null) {
            return i;
        }
        if (j < t.size() && t.get(j).is("-")) {
            j++;
        }
        if (j < t.size() && t.get(j).is("of")) {
            j++;
        }
        int month = j == i ? MONTHS.get(tok.norm().substring(4)) : month(t, j);
        if (month == 0) {
            return i;
        }
        int k = j + 1;
        int[] year = trailingYear(t, k);
        int end = year == null ? t.get(j).end() : t.get(year[1] - 1).end();
        int start = tok.start();
        if (i > 0 && t.get(i - 1).is("the") && (tok.is("end") || tok.is("beginning") || tok.is("start") || tok.is("middle"))) {
            start = t.get(i - 1).start();
        }
        out.add(new DateExpression(start, end, text.substring(start, end), Kind.MONTH, year == null ? null : year[0],
                month, null, null, part, null, 0, false, null, false));
        return year == null ? k : year[1];
    }

    // "in October", "October 2023", "in 2023", "in October and November"
    private static int cuedMonthOrYear(String text, List<Token> t, int i, List<DateExpression> out) {
        Token tok = t.get(i);
        int month = month(t, i);
        if (month != 0) {
            int k = skipDot(t, i + 1);
            int[] year = trailingYear(t, k);
            boolean cued = i > 0 && MONTH_CUES.contains(t.get(i - 1).norm())
                    || i > 1 && t.get(i - 1).is(",") && month(t, i - 2) != 0;
            if (year == null && !cued) {
                return i;
            }
            int end = year == null ? t.get(k - 1).end() : t.get(year[1] - 1).end();
            out.add(new DateExpression(tok.start(), end, text.substring(tok.start(), end), Kind.MONTH,
                    year == null ? null : year[0], month, null, null, null, null, 0, false, null,
                    i > 0 && PERIOD_BOUNDS.contains(t.get(i - 1).norm())));
            return year == null ? k : year[1];
        }
        if (tok.isNumber() && tok.text().length() == 4 && i > 0 && MONTH_CUES.contains(t.get(i - 1).norm())
                && plausibleYear(Integer.parseInt(tok.text())) && !followedByUnit(t, i + 1)) {
            out.add(new DateExpression(tok.start(), tok.end(), tok.text(), Kind.YEAR, Integer.parseInt(tok.text()),
                    null, null, null, null, null, 0, false, null, PERIOD_BOUNDS.contains(t.get(i - 1).norm())));
            return i + 1;
        }
        return i;
    }

    private static int relative(String text, List<Token> t, int i, List<DateExpression> out) {
        Token tok = t.get(i);
        String w = tok.norm();
        switch (w) {
            case "today", "tonight" -> {
                return emit(text, t, i, i, Kind.DAYS_AGO, 0, null, w.equals("tonight"), out);
            }
            case "yesterday" -> {
                return emit(text, t, i, i, Kind.DAYS_AGO, 1, null, false, out);
            }
            case "overnight" -> {
                if (i + 2 < t.size() && (t.get(i + 1).is("into") || t.get(i + 1).is("to")) && weekday(t, i + 2) != null) {
                    return emit(text, t, i, i + 2, Kind.WEEKDAY, 0, weekday(t, i + 2), true, out);
                }
                return emit(text, t, i, i, Kind.DAYS_AGO, 0, null, true, out);
            }
            default -> {
            }
        }
        if (w.equals("the") && i + 3 < t.size() && t.get(i + 1).is("day") && t.get(i + 2).is("before")
                && t.get(i + 3).is("yesterday")) {
            return emit(text, t, i, i + 3, Kind.DAYS_AGO, 2, null, false, out);
        }
        int story = storyDays(text, t, i, out);
        if (story > i) {
            return story;
        }
        if (w.equals("next") || w.equals("coming")) {
            return i + 1 < t.size() && (weekday(t, i + 1) != null || unit(t.get(i + 1).norm()) != null) ? i + 2 : i;
        }
        if ((w.equals("last") || w.equals("this") || w.equals("earlier") || w.equals("past")) && i + 1 < t.size()) {
            return lastOrThis(text, t, i, out);
        }
        DayOfWeek weekday = weekday(t, i);
        if (weekday != null && !future(t, i) && !partOfName(t, i)) {
            boolean night = nightAfter(t, i + 1);
            int end = night ? i + 1 : i;
            int start = i > 0 && (t.get(i - 1).is("late") || t.get(i - 1).is("early")) ? i - 1 : i;
            boolean qualified = start < i || night;
            return emit(text, t, start, end, Kind.WEEKDAY, 0, weekday, qualified, out);
        }
        Integer n = SMALL_NUMBERS.get(w);
        if (n == null && tok.isNumber() && tok.text().length() <= 2) {
            n = Integer.parseInt(tok.text());
        }
        if (n != null && i + 2 < t.size() && t.get(i + 2).is("ago")) {
            Kind unit = unit(t.get(i + 1).norm());
            if (unit != null) {
                return emit(text, t, i, i + 2, unit, n, null, false, out);
            }
        }
        return i;
    }

    /**
     * "the day before", "the previous day", "the next day", "the following day", "a day earlier", "two days later":
     * counted from the story's own time, the day the text last named, not from the article's.
     */
    private static int storyDays(String text, List<Token> t, int i, List<DateExpression> out) {
        String w = t.get(i).norm();
        if (w.equals("the") && i + 2 < t.size()) {
            String a = t.get(i + 1).norm();
            String b = t.get(i + 2).norm();
            boolean yesterday = i + 3 < t.size() && t.get(i + 3).is("yesterday");
            if (a.equals("day") && (b.equals("before") || b.equals("prior")) && !yesterday) {
                return emit(text, t, i, i + 2, Kind.STORY_DAYS, -1, null, false, out);
            }
            if ((a.equals("previous") || a.equals("preceding")) && b.equals("day")) {
                return emit(text, t, i, i + 2, Kind.STORY_DAYS, -1, null, false, out);
            }
            if ((a.equals("next") || a.equals("following")) && b.equals("day")) {
                return emit(text, t, i, i + 2, Kind.STORY_DAYS, 1, null, false, out);
            }
            return i;
        }
        Integer n = SMALL_NUMBERS.get(w);
        if (n == null && t.get(i).isNumber() && t.get(i).text().length() <= 2) {
            n = Integer.parseInt(t.get(i).text());
        }
        if (n != null && i + 2 < t.size() && (t.get(i + 1).is("day") || t.get(i + 1).is("days"))) {
            String after = t.get(i + 2).norm();
            if (after.equals("later") || after.equals("afterwards")) {
                return emit(text, t, i, i + 2, Kind.STORY_DAYS, n, null, false, out);
            }
            if (after.equals("earlier") || after.equals("before") || after.equals("prior")) {
                return emit(text, t, i, i + 2, Kind.STORY_DAYS, -n, null, false, out);
            }
        }
        return i;
    }

    // "last night", "last week", "last month", "last year", "last Tuesday", "this month", "earlier this year"
    private static int lastOrThis(String text, List<Token> t, int i, List<DateExpression> out) {
        String w = t.get(i).norm();
        int j = i + 1;
        if (w.equals("earlier") && t.get(j).is("this") && j + 1 < t.size()) {
            j++;
            w = "this";
        }
        String next = t.get(j).norm();
        boolean last = w.equals("last") || w.equals("past");
        if (last && next.equals("night")) {
            return emit(text, t, i, j, Kind.DAYS_AGO, 1, null, true, out);
        }
        if (next.equals("morning") || next.equals("afternoon")) {
            return emit(text, t, i, j, Kind.DAYS_AGO, last ? 1 : 0, null, false, out);
        }
        if (next.equals("week") || next.equals("weekend")) {
            return emit(text, t, i, j, Kind.WEEKS_AGO, last ? 1 : 0, null, false, out);
        }
        if (next.equals("month")) {
            return emit(text, t, i, j, Kind.MONTHS_AGO, last ? 1 : 0, null, false, out);
        }
        if (next.equals("year")) {
            return emit(text, t, i, j, Kind.YEARS_AGO, last ? 1 : 0, null, false, out);
        }
        DayOfWeek weekday = weekday(t, j);
        if (weekday != null) {
            boolean night = nightAfter(t, j + 1);
            return emit(text, t, i, night ? j + 1 : j, Kind.WEEKDAY, last ? 1 : 0, weekday, night, out);
        }
        return i;
    }

    private static int emit(String text, List<Token> t, int from, int to, Kind kind, int amount, DayOfWeek weekday,
                            boolean night, List<DateExpression> out) {
        int start = t.get(from).start();
        int end = t.get(to).end();
        out.add(new DateExpression(start, end, text.substring(start, end), kind, null, null, null, null, null,
                weekday, amount, night, null, false));
        return to + 1;
    }

    /** "next Tuesday", "this coming Friday": news of what has happened has no use for them. */
    private static boolean future(List<Token> t, int i) {
        return i > 0 && (t.get(i - 1).is("next") || t.get(i - 1).is("coming"));
    }

    /** "the Sunday Times", "Tuesday Group": a weekday that starts a name. */
    private static boolean partOfName(List<Token> t, int i) {
        return i + 1 < t.size() && t.get(i + 1).capitalized() && month(t, i + 1) == 0 && day(t, i + 1) == null;
    }

    private static Kind unit(String word) {
        return switch (word) {
            case "day", "days" -> Kind.DAYS_AGO;
            case "week", "weeks" -> Kind.WEEKS_AGO;
            case "month", "months" -> Kind.MONTHS_AGO;
            case "year", "years" -> Kind.YEARS_AGO;
            default -> null;
        };
    }

    private static DateExpression calendar(String text, int start, int end, Integer year, int month, int day,
                                           Integer dayTo) {
        String words = text.substring(start, end);
        boolean valid = day >= 1 && (year == null ? day <= YearMonth.of(2024, month).lengthOfMonth()
                : day <= YearMonth.of(year, month).lengthOfMonth())
                && (dayTo == null || dayTo > day && dayTo <= 31);
        Kind kind = valid ? Kind.CALENDAR : Kind.INVALID;
        return new DateExpression(start, end, words, kind, year, month, day, valid ? dayTo : null, null, null, 0, false,
                null, false);
    }

    /** A following "-5", "–5" or "to 5" closing a day range; returns {day, index after}. */
    private static int[] rangeEnd(List<Token> t, int k) {
        if (k + 1 < t.size() && (t.get(k).is("-") || t.get(k).is("to")) && day(t, k + 1) != null) {
            return new int[] {day(t, k + 1), k + 2};
        }
        return null;
    }

    /** A day range written as one token, "3-5": returns {from, to}. */
    private static int[] dayRangeToken(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).word()) {
            return null;
        }
        String s = t.get(k).norm();
        int dash = s.indexOf('-');
        if (dash < 1 || dash > 2 || s.length() - dash - 1 < 1 || s.length() - dash - 1 > 2) {
            return null;
        }
        String from = s.substring(0, dash);
        String to = s.substring(dash + 1);
        if (!from.chars().allMatch(Character::isDigit) || !to.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        return a >= 1 && b > a && b <= 31 ? new int[] {a, b} : null;
    }

    /** A year after an optional comma: returns {year, index after}. */
    private static int[] trailingYear(List<Token> t, int k) {
        int j = k;
        if (j < t.size() && t.get(j).is(",")) {
            j++;
        }
        if (j < t.size() && t.get(j).isNumber() && t.get(j).text().length() == 4) {
            int y = Integer.parseInt(t.get(j).text());
            if (plausibleYear(y) && !followedByUnit(t, j + 1)) {
                return new int[] {y, j + 1};
            }
        }
        return null;
    }

    private static boolean followedByUnit(List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        return WORDS.quantityUnits().contains(t.get(k).norm());
    }

    private static boolean plausibleYear(int year) {
        return year >= 1900 && year <= 2100;
    }

    /** Skips the dot of an abbreviated month ("Feb."); after a full month name a dot ends the sentence. */
    private static int skipDot(List<Token> t, int k) {
        return k < t.size() && k > 0 && t.get(k).is(".") && ABBREVIATED.contains(t.get(k - 1).norm()) ? k + 1 : k;
    }

    private static int month(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).capitalized() && !lowercaseMonth(t, k)) {
            return 0;
        }
        Integer month = MONTHS.get(t.get(k).norm());
        if (month == null) {
            return 0;
        }
        return month;
    }

    /**
     * "on 21 december 2016", "june 20, 2016": translated and hastily typed texts write months in lower case. A full
     * month name counts in lower case only in a date with its year, so that "troops may march 20 km" dates nothing.
     */
    private static boolean lowercaseMonth(List<Token> t, int k) {
        String w = t.get(k).norm();
        if (!t.get(k).word() || !FULL_MONTHS.contains(w)) {
            return false;
        }
        if (year(t, k + 1)) {
            return true; // "21 december 2016", "december 2016"
        }
        // "june 20, 2016"
        return day(t, k + 1) != null && (year(t, k + 2) || k + 2 < t.size() && t.get(k + 2).is(",") && year(t, k + 3));
    }

    /** Month names written out: "jan" or "dec" in lower case are too often something else. */
    private static final Set<String> FULL_MONTHS = Words.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private static boolean year(List<Token> t, int k) {
        return k < t.size() && isYear(t.get(k).norm());
    }

    /** {@code (19|20)\d\d}, the whole word: {@code String.matches}, asked of many tokens, compiled it each time. */
    static boolean isYear(String w) {
        return w.length() == 4 && Chars.yearAt(w, 0);
    }

    private static Integer day(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).word()) {
            return null;
        }
        String s = t.get(k).norm();
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return null;
        }
        String suffix = s.substring(digits);
        if (!suffix.isEmpty() && !suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return null;
        }
        int value = Integer.parseInt(s.substring(0, digits));
        return value >= 1 && value <= 31 ? value : null;
    }

    private static DayOfWeek weekday(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).capitalized()) {
            return null;
        }
        return WEEKDAYS.get(t.get(k).norm());
    }

    /** A clock time: "11 p.m.", "11:00 pm", "12:30 a.m.", "23:40". */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\b\\.?|p\\.?m\\b\\.?)|\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");
    /** How far from its date a clock time may stand: "on August 10, around 11:00 p.m.". */
    private static final int CLOCK_REACH = 30;
    /** The night around midnight: from this hour of the evening ... */
    private static final int NIGHT_FROM_HOUR = 21;
    /** ... to this hour of the morning (exclusive). */
    private static final int NIGHT_TO_HOUR = 5;

    /**
     * "On August 10, around 11:00 p.m.", "at 12:30 a.m. on August 11": a time of the night next to a date makes it
     * a day off either way, as a night-word does; outlets date such an event by either day.
     */
    private static boolean nightClock(String text, DateExpression e, List<DateExpression> all) {
        if (e.kind() != Kind.CALENDAR && e.kind() != Kind.WEEKDAY) {
            return false;
        }
        int from = Math.max(0, e.start() - CLOCK_REACH);
        int to = Math.min(text.length(), e.end() + CLOCK_REACH);
        if (!mayHoldClock(text, from, to)) {
            return false;
        }
        java.util.regex.Matcher m = CLOCK.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() >= e.start() && m.end() <= e.end() || !nearest(m.start(), m.end(), e, all)) {
                continue; // inside the date, or the time of another date nearer to it
            }
            int hour;
            if (m.group(1) != null) {
                hour = Integer.parseInt(m.group(1));
                if (hour < 1 || hour > 12) {
                    continue;
                }
                boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            } else {
                hour = Integer.parseInt(m.group(4));
            }
            if (hour >= NIGHT_FROM_HOUR || hour < NIGHT_TO_HOUR) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #CLOCK} could match between the offsets: it needs a colon between digits ("23:40") or an "am" or
     * "pm", with or without dots. Most dates have neither near them, and the pattern, tried at every offset around
     * every date, was a twentieth of extraction; a colon alone (a quote, a list) still let it run on a fiftieth.
     */
    static boolean mayHoldClock(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // "23:40": digits on both sides, inside the range; a colon after a word ("said:") starts no time.
            if (c == ':' && i > from && i + 1 < to && Chars.isAsciiDigit(text.charAt(i - 1))
                    && Chars.isAsciiDigit(text.charAt(i + 1))) {
                return true;
            }
            if ((c == 'm' || c == 'M') && i > from) {
                int before = text.charAt(i - 1) == '.' && i - 1 > from ? i - 2 : i - 1;
                char ap = text.charAt(before);
                // "11 p.m.", "1.30am": a digit before the "a" or "p", perhaps after spaces; "equipment" has none.
                if ((ap == 'a' || ap == 'A' || ap == 'p' || ap == 'P') && digitBefore(text, from, before)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a digit stands before the offset, with only the pattern's spaces ({@code \s}) between, in range. */
    private static boolean digitBefore(String text, int from, int at) {
        int k = at - 1;
        while (k >= from && Chars.isPatternSpace(text.charAt(k))) {
            k--;
        }
        return k >= from && Chars.isAsciiDigit(text.charAt(k));
    }

    private static boolean nearest(int start, int end, DateExpression e, List<DateExpression> all) {
        int own = distance(start, end, e);
        return all.stream().noneMatch(other -> other != e && distance(start, end, other) < own);
    }

    private static int distance(int start, int end, DateExpression e) {
        return e.end() <= start ? start - e.end() : e.start() >= end ? e.start() - end : 0;
    }

    /** "late on 26 September", "early on June 4": the edges of a day, where a night event's two days meet. */
    private static boolean lateOrEarlyOn(List<Token> tokens, DateExpression e) {
        if (e.kind() != Kind.CALENDAR) {
            return false;
        }
        int k = firstTokenFrom(tokens, e.start()) - 1;
        if (k >= 0 && tokens.get(k).is("on")) {
            k--;
        }
        return k >= 0 && (tokens.get(k).is("late") || tokens.get(k).is("early"));
    }

    private static boolean nightAfter(List<Token> t, int k) {
        return k < t.size() && (t.get(k).is("night") || t.get(k).is("evening"));
    }

    /**
     * "around midnight", "overnight", "late at night" next to a date, and "late on" or "early on" before it make that
     * date uncertain by a day: outlets give either day of a night event.
     */
    private static List<DateExpression> markNightTime(String text, List<Token> tokens, List<DateExpression> found) {
        List<DateExpression> marked = new ArrayList<>(found.size());
        for (DateExpression e : found) {
            boolean night = e.nearNight() || lateOrEarlyOn(tokens, e) || nightClock(text, e, found);
            if (!night) {
                for (Token tok : tokens) {
                    if (NIGHT_WORDS.contains(tok.norm()) && (Math.abs(tok.start() - e.end()) < 25
                            || Math.abs(e.start() - tok.end()) < 25)) {
                        night = true;
                        break;
                    }
                }
            }
            marked.add(night ? e.withNearNight() : e);
        }
        return marked;
    }
}
