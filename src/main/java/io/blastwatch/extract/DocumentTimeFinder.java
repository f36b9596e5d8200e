package io.blastwatch.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.blastwatch.model.Article;
import io.blastwatch.model.DateBasis;
import io.blastwatch.model.DatePrecision;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.PublicationSource;

/**
 * Finds the document's own time, the "today" its story is told from, and where it comes from, best source first:
 * the article's publication field; a date in its url; a full date standing in its first lines (a byline, "Published
 * 9 February 2024", an agency dateline); then what its own dates imply; and, only for an article a live source (a
 * feed, an HTTP push) delivered without any date, the time of delivery. For an archived page that gives no time at
 * all the year is unknown: the time the page happens to be read says nothing about it.
 */
final class DocumentTimeFinder {

    /** A page's own date stands in its first lines; further down a full date belongs to the story. */
    private static final int HEADER_CHARS = 600;
    private static final int HEADER_LINES = 14;
    /** A line that holds a byline date holds little else. */
    private static final int BYLINE_MAX_WORDS = 12;
    /** How far back a weekday and date pair may place its year when nothing else bounds it. */
    private static final int PAIR_YEARS_BACK = 15;

    // Named groups, so that the day-first form is read by the same code as the year-first ones.
    private static final Pattern URL_DAY = Pattern.compile(
            "(?<![0-9])(?<y>(?:19|20)\\d{2})[/_-](?<m>0?[1-9]|1[0-2])[/_-](?<d>0?[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final Pattern URL_COMPACT_DAY = Pattern.compile(
            "(?<![0-9])(?<y>(?:19|20)\\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])(?![0-9])");
    /** "-05-07-2024.html", as slugs of some European outlets end: the day first. */
    private static final Pattern URL_DAY_FIRST = Pattern.compile(
            "(?<![0-9])(?<d>0?[1-9]|[12]\\d|3[01])[_-](?<m>0?[1-9]|1[0-2])[_-](?<y>(?:19|20)\\d{2})(?![0-9])");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])(?:/|$)");

    private DocumentTimeFinder() {
    }

    static ReferenceDate find(Article article, String text, List<SentenceFacts> sentences, Instant ingestedAt) {
        LocalDate now = ingestedAt.atZone(ZoneOffset.UTC).toLocalDate();
        Optional<LocalDate> published = PublicationDates.date(article.published());
        boolean live = article.publishedFrom() == PublicationSource.INGESTION;
        if (published.isPresent() && !live) {
            return new ReferenceDate(published.get(), DateBasis.PUBLICATION, ReferenceDate.Source.PUBLISHED);
        }
        UrlTime url = urlTime(article.url());
        if (url != null && url.date().isAfter(now.plusDays(1))) {
            url = null; // a number in the path that cannot be the page's date
        }
        if (url != null && url.precision() == DatePrecision.DAY) {
            return new ReferenceDate(url.date(), DateBasis.PUBLICATION, ReferenceDate.Source.URL);
        }
        Optional<LocalDate> byline = bylineDate(text, sentences, now);
        if (byline.isPresent()) {
            return new ReferenceDate(byline.get(), DateBasis.PUBLICATION, ReferenceDate.Source.BYLINE);
        }
        // "On June 23, 2023, the plant was put on the sanctions list": a dated fact that is no event of the news (a
        // listing, a founding, a law) tells when the page was written no better than its history does.
        List<DateExpression> all = sentences.stream()
                .filter(s -> s.kind() != null || s.weakTrigger() || s.dates().stream().noneMatch(DateExpression::hasYear))
                .flatMap(s -> s.dates().stream()).toList();
        LocalDate lowest = url == null ? null : url.date();
        LocalDate highest = url == null ? now : minimum(YearMonth.from(url.date()).atEndOfMonth(), now);
        Optional<LocalDate> inferred = infer(all, lowest, highest);
        if (inferred.isPresent()) {
            // The latest day a text states is when it was written at the earliest, not its day: its "on Tuesday"
            // and "yesterday" cannot be counted from it. Its yearless days still take their year from it.
            return new ReferenceDate(inferred.get(), DateBasis.INFERRED, ReferenceDate.Source.TEXT, DatePrecision.MONTH);
        }
        if (url != null) {
            // The month of the url and nothing finer: yearless days resolve, "yesterday" does not.
            return new ReferenceDate(highest, DateBasis.INFERRED, ReferenceDate.Source.URL, DatePrecision.MONTH);
        }
        if (live && published.isPresent()) {
            return new ReferenceDate(published.get(), DateBasis.INGESTION, ReferenceDate.Source.INGESTION);
        }
        Optional<LocalDate> filed = yearlessDateline(sentences, now);
        if (filed.isPresent()) {
            return new ReferenceDate(filed.get(), DateBasis.YEAR_UNKNOWN, ReferenceDate.Source.DATELINE_DAY);
        }
        return new ReferenceDate(now, DateBasis.YEAR_UNKNOWN, ReferenceDate.Source.NONE);
    }

    // ---- url ----------------------------------------------------------------------------------------------------

    record UrlTime(LocalDate date, DatePrecision precision) {
    }

    /**
     * A date in the path of a url (never its host or query): /2024/02/07/, /2024-02-07-, /20240207/, -07-02-2024,
     * /2024/02/.
     */
    static UrlTime urlTime(String url) {
        if (url == null) {
            return null;
        }
        String path = path(url);
        for (Pattern p : new Pattern[] {URL_DAY, URL_COMPACT_DAY, URL_DAY_FIRST}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                try {
                    return new UrlTime(LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d"))), DatePrecision.DAY);
                } catch (DateTimeException impossible) {
                    // 2023/02/30, 31-02-2024: a number, not a date; look further
                }
            }
        }
        Matcher m = URL_MONTH.matcher(path);
        if (m.find()) {
            return new UrlTime(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atDay(1),
                    DatePrecision.MONTH);
        }
        return null;
    }

    private static String path(String url) {
        String s = url;
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int slash = s.indexOf('/');
        s = slash < 0 ? "" : s.substring(slash);
        int query = s.indexOf('?');
        return query < 0 ? s : s.substring(0, query);
    }

    // ---- byline -------------------------------------------------------------------------------------------------

    /**
     * A full date in the page's first lines that stands as the page's own: alone on its line with a time or a name
     * ("31/10/2023", "Sep 7, 2024 - 15:00", "By Jane Roe, June 1, 2019"), after a label ("Published: ..."), or in an
     * agency dateline ("MOSCOW, Oct. 18, 2023 (Reuters) -"). Lines the reading left out as chrome count here: they
     * are where pages print their date. A line that names an incident is story, not byline.
     */
    static Optional<LocalDate> bylineDate(String text, List<SentenceFacts> sentences, LocalDate now) {
        int end = Math.min(text.length(), HEADER_CHARS);
        int lineStart = 0;
        int lines = 0;
        while (lineStart < end && lines < HEADER_LINES) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end; // a page of one long line is read no further than its header
            }
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                lines++;
                Optional<LocalDate> found = bylineOnLine(text, lineStart, lineEnd, now);
                if (found.isPresent()) {
                    return found;
                }
            }
            lineStart = lineEnd + 1;
        }
        for (SentenceFacts s : sentences) {
            if (s.sentence().start() > HEADER_CHARS) {
                break;
            }
            DateExpression d = Datelines.dateline(s.tokens(), s.dates());
            if (d != null && d.kind() == DateExpression.Kind.CALENDAR && d.hasYear()) {
                LocalDate day = day(d);
                if (day != null && !day.isAfter(now.plusDays(1))) {
                    return Optional.of(day);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The day of an agency dateline that gives no year ("MOSCOW, April 2. /TASS/."), placed in the latest year that
     * does not put it after the time of reading: only so that it can be carried; its year stays unknown.
     */
    private static Optional<LocalDate> yearlessDateline(List<SentenceFacts> sentences, LocalDate now) {
        for (SentenceFacts s : sentences) {
            if (s.sentence().start() > HEADER_CHARS) {
                break;
            }
            DateExpression d = Datelines.dateline(s.tokens(), s.dates());
            if (d != null && d.kind() == DateExpression.Kind.CALENDAR && !d.hasYear() && d.dayTo() == null) {
                for (int year = now.getYear(); year > now.getYear() - 2; year--) {
                    LocalDate day = inYear(d.month(), d.day(), year);
                    if (day != null && !day.isAfter(now)) {
                        return Optional.of(day);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> bylineOnLine(String text, int start, int end, LocalDate now) {
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        if (tokens.stream().anyMatch(t -> t.has(Lexicon.TRIGGER))) {
            return Optional.empty();
        }
        List<DateExpression> dates = DateFinder.find(text, tokens);
        for (DateExpression d : dates) {
            if (d.kind() != DateExpression.Kind.CALENDAR || !d.hasYear()) {
                continue;
            }
            int first = SentenceReader.firstTokenAt(tokens, d.start());
            boolean labelled = false;
            for (int k = Math.max(0, first - 3); k < first; k++) {
                labelled |= DateWords.ENGLISH.bylineLabels().contains(tokens.get(k).norm());
            }
            long words = tokens.stream().filter(Token::word).count();
            boolean alone = words <= BYLINE_MAX_WORDS + (d.end() - d.start() > 0 ? 4 : 0);
            LocalDate day = day(d);
            if ((labelled || alone) && day != null && !day.isAfter(now.plusDays(1))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    // ---- the text's own dates -----------------------------------------------------------------------------------

    /**
     * The time a text's own dates imply. An article reports recent events, so its "today" is at or after the latest
     * full date it states; a weekday written with its date ("Tuesday, November 14") fixes the year as well. A year
     * named alone ("in 2014") is not enough: a story of 2017 recalls 2014 as easily as one of 2014 tells its news. Each yearless day is then placed in the year that brings it nearest
     * that bound, and the reference is the latest of them all, never after {@code highest} (the time it is read,
     * or the end of its url's month). Without any year at all, nothing is implied.
     */
    static Optional<LocalDate> infer(List<DateExpression> expressions, LocalDate lowest, LocalDate highest) {
        LocalDate latestStated = lowest;
        boolean evidence = false;
        for (DateExpression e : expressions) {
            LocalDate stated = statedDay(e);
            if (stated != null && !stated.isAfter(highest) && (latestStated == null || stated.isAfter(latestStated))) {
                latestStated = stated;
                evidence = true;
            }
        }
        for (LocalDate paired : weekdayPairs(expressions, latestStated, highest)) {
            if (latestStated == null || paired.isAfter(latestStated)) {
                latestStated = paired;
                evidence = true;
            }
        }
        if (latestStated == null) {
            return Optional.empty();
        }
        // A bound from the url alone is the url's month, not something the text implies.
        evidence |= expressions.stream().anyMatch(e -> e.kind() == DateExpression.Kind.CALENDAR && !e.hasYear());
        if (!evidence) {
            return Optional.empty();
        }
        LocalDate reference = latestStated;
        boolean yearWritten = evidenceFromText(expressions, latestStated);
        for (DateExpression e : expressions) {
            if (e.kind() != DateExpression.Kind.CALENDAR || e.hasYear()) {
                continue;
            }
            LocalDate placed = nearestOccurrence(e.month(), e.day(), latestStated);
            if (placed != null && yearWritten && placed.getYear() == latestStated.getYear()
                    && placed.isBefore(latestStated.minusDays(YEAR_WRITTEN_DAYS))) {
                // "Recall that on December 30, 2023, drones attacked the plant ... On October 19 drones struck it
                // again": writers give the year of a day that is not in their own year, so a yearless day months
                // before a dated one belongs to a later year.
                LocalDate next = inYear(e.month(), e.day(), placed.getYear() + 1);
                placed = next != null && !next.isAfter(highest) ? next : placed;
            }
            if (placed != null && placed.isAfter(reference) && !placed.isAfter(highest)) {
                reference = placed;
            }
        }
        return Optional.of(reference);
    }

    /**
     * "Tuesday, November 14", "on Monday, Oct. 8": a weekday next to a yearless date leaves few possible years; the
     * one nearest the bound, or the latest up to {@code highest} when there is none.
     */
    static List<LocalDate> weekdayPairs(List<DateExpression> expressions, LocalDate bound, LocalDate highest) {
        List<LocalDate> found = new ArrayList<>();
        for (int i = 0; i + 1 < expressions.size(); i++) {
            DateExpression w = expressions.get(i);
            DateExpression c = expressions.get(i + 1);
            if (w.kind() != DateExpression.Kind.WEEKDAY || w.amount() != 0 || c.kind() != DateExpression.Kind.CALENDAR
                    || c.hasYear() || c.start() - w.end() > 2) {
                continue;
            }
            LocalDate best = null;
            for (int year = highest.getYear(); year >= highest.getYear() - PAIR_YEARS_BACK; year--) {
                LocalDate candidate = inYear(c.month(), c.day(), year);
                if (candidate == null || candidate.isAfter(highest) || candidate.getDayOfWeek() != w.weekday()) {
                    continue;
                }
                if (bound == null) {
                    best = candidate;
                    break;
                }
                if (best == null || Math.abs(candidate.toEpochDay() - bound.toEpochDay())
                        < Math.abs(best.toEpochDay() - bound.toEpochDay())) {
                    best = candidate;
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        return found;
    }

    /**
     * A yearless day this many days or more before the latest dated one is not of its year: closer, it may be the
     * same story told around a year's end ("on December 28 ... on December 30, 2023").
     */
    private static final int YEAR_WRITTEN_DAYS = 60;

    /** Whether the text itself writes the year of the given day (rather than a url's month giving it). */
    private static boolean evidenceFromText(List<DateExpression> expressions, LocalDate day) {
        return day != null && expressions.stream().anyMatch(e -> day.equals(statedDay(e)));
    }

    private static LocalDate statedDay(DateExpression e) {
        if (!e.hasYear()) {
            return null;
        }
        try {
            return switch (e.kind()) {
                case CALENDAR -> LocalDate.of(e.year(), e.month(), e.day());
                case MONTH -> YearMonth.of(e.year(), e.month()).atDay(1);
                default -> null;
            };
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    static LocalDate day(DateExpression d) {
        try {
            return LocalDate.of(d.year(), d.month(), d.day());
        } catch (DateTimeException | NullPointerException impossible) {
            return null;
        }
    }

    private static LocalDate inYear(int month, int day, int year) {
        return day > YearMonth.of(year, month).lengthOfMonth() ? null : LocalDate.of(year, month, day);
    }

    private static LocalDate nearestOccurrence(int month, int day, LocalDate anchor) {
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate candidate = inYear(month, day, year);
            if (candidate != null && (best == null || Math.abs(candidate.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = candidate;
            }
        }
        return best;
    }

    private static LocalDate minimum(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
