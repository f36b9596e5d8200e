package io.blastwatch.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.blastwatch.model.Article;
import io.blastwatch.model.Ids;
import io.blastwatch.model.PublicationSource;

/**
 * Fills in what an article leaves out, as CONTRACT.md says: an id from the url or the content, the outlet from the
 * url's host or the input's name, the ingestion time when nothing tells the publication time; and rejects articles
 * with no text or too much.
 */
public final class ArticleDefaults {

    public static final int DEFAULT_MAX_TEXT_CHARS = 400_000;

    private final String outlet;
    private final int maxTextChars;
    private final Clock clock;
    private final boolean live;

    /**
     * @param outlet the outlet to use when an article names none and has no url, or null to use the input's name
     * @param live   whether the articles arrive as they are published (a feed, an HTTP push): only then is the time
     *               of ingestion a hint of the publication time, for articles that give none. Files, standard
     *               input and replays are archives: an undated article stays undated
     */
    public ArticleDefaults(String outlet, int maxTextChars, Clock clock, boolean live) {
        this.outlet = outlet;
        this.maxTextChars = maxTextChars;
        this.clock = clock;
        this.live = live;
    }

    public ArticleDefaults(String outlet, int maxTextChars, Clock clock) {
        this(outlet, maxTextChars, clock, false);
    }

    public ArticleDefaults() {
        this(null, DEFAULT_MAX_TEXT_CHARS, Clock.systemUTC());
    }

    /** The same defaults for a live source. */
    public ArticleDefaults live() {
        return new ArticleDefaults(outlet, maxTextChars, clock, true);
    }

    ReadResult complete(String origin, Article article) {
        String text = article.text() == null ? "" : article.text();
        if (text.isBlank()) {
            return ReadResult.rejected(origin, "empty article text");
        }
        if (text.length() > maxTextChars) {
            return ReadResult.rejected(origin, "article text too long: " + text.length() + " characters (limit "
                    + maxTextChars + ")");
        }
        String url = blankToNull(article.url());
        String outletName = firstNonBlank(article.outlet(), host(url), outlet, originName(origin));
        String id = firstNonBlank(article.id(), url == null ? null : "u-" + Ids.hash(url, 16),
                "c-" + Ids.hash(outletName + "\n" + nullToEmpty(article.title()) + "\n" + text, 16));
        String published = article.published();
        PublicationSource from = article.publishedFrom();
        if (published == null && live) {
            published = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
            from = PublicationSource.INGESTION;
        }
        String language = firstNonBlank(article.language(), "en");
        Article completed = new Article(id, url, outletName, blankToNull(article.title()), published, from, language,
                text);
        return completed.oversizedField().map(reason -> ReadResult.rejected(origin, reason))
                .orElseGet(() -> ReadResult.ok(origin, completed));
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String originName(String origin) {
        String name = origin;
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            name = name.substring(0, colon);
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
