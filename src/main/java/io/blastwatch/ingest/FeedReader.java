package io.blastwatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an RSS or Atom feed into articles. The request is a conditional GET (ETag, Last-Modified), requests to one
 * host are spaced out, every request has a timeout and says who we are. An item that carries only a summary is
 * completed from its web page, with the page's boilerplate removed.
 */
public final class FeedReader {

    /** What one read of a feed found; {@code notModified} when the server said nothing changed. */
    public record FeedItems(List<ReadResult> items, String etag, String lastModified, boolean notModified) {
    }

    public static final String USER_AGENT = "blastwatch/0.1 (news incident monitor; feed reader)";
    /** An item text shorter than this is taken for a summary, and its page is fetched. */
    static final int SUMMARY_CHARS = 600;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_FEED_BYTES = 10 * 1024 * 1024;
    private static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

    private final HttpClient http;
    private final HostThrottle throttle;
    private final ArticleDefaults defaults;

    /** A feed is a live source: its items are read as they are published. */
    public FeedReader(HttpClient http, HostThrottle throttle, ArticleDefaults defaults) {
        this.http = http;
        this.throttle = throttle;
        this.defaults = defaults.live();
    }

    public static FeedReader standard(ArticleDefaults defaults) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        return new FeedReader(http, new HostThrottle(Duration.ofSeconds(1), Clock.systemUTC()), defaults);
    }

    public static boolean isFeedUrl(String argument) {
        return argument.startsWith("http://") || argument.startsWith("https://");
    }

    /** Reads the feed; {@code etag} and {@code lastModified} are the validators of the previous read, or null. */
    public FeedItems read(URI feed, String etag, String lastModified) throws IOException, InterruptedException {
        return read(feed, etag, lastModified, id -> false);
    }

    /**
     * Reads the feed, fetching no page for an item whose article id {@code published} already knows: a poller that
     * runs every few minutes would otherwise download every page of the feed again each time.
     */
    public FeedItems read(URI feed, String etag, String lastModified, Predicate<String> published)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).timeout(TIMEOUT).header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        throttle.acquire(feed);
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 304) {
            response.body().close();
            return new FeedItems(List.of(), etag, lastModified, true);
        }
        byte[] body = limited(response, MAX_FEED_BYTES, feed);
        if (response.statusCode() / 100 != 2) {
            throw new IOException("feed " + feed + " answered HTTP " + response.statusCode());
        }
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("feed " + feed + " is not RSS or Atom: " + e.getMessage(), e);
        }
        List<ReadResult> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : parsed.getEntries()) {
            items.add(item(feed, parsed, entry, feed + "#" + (++n), published));
        }
        return new FeedItems(items, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), false);
    }

    private ReadResult item(URI feed, SyndFeed parsed, SyndEntry entry, String origin, Predicate<String> known)
            throws InterruptedException {
        String link = entry.getLink() == null ? null : feed.resolve(entry.getLink().trim()).toString();
        String text = htmlToText(content(entry));
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String published = date == null ? null : date.toInstant().toString();
        String outlet = parsed.getTitle() == null || parsed.getTitle().isBlank() ? null : parsed.getTitle().trim();
        Article summary = new Article(null, link, outlet, entry.getTitle(), published,
                published == null ? null : PublicationSource.FEED, parsed.getLanguage(), text);
        ReadResult asSummary = defaults.complete(origin, summary);
        // An item linked to a page has its id from the link, so a published one is known before its page is fetched.
        if (asSummary.accepted() && link != null && known.test(asSummary.article().id())) {
            return asSummary;
        }
        if (text.length() < SUMMARY_CHARS && link != null && isFeedUrl(link)) {
            Optional<Document> page = fetchPage(URI.create(link));
            if (page.isPresent()) {
                String pageText = ArticleParser.articleText(page.get());
                if (pageText.length() > text.length()) {
                    text = pageText;
                }
            }
        }
        Article article = new Article(null, link, outlet, entry.getTitle(), published,
                published == null ? null : PublicationSource.FEED, parsed.getLanguage(), text);
        return defaults.complete(origin, article);
    }

    /** The page behind an item, or nothing if it cannot be had: the item's summary then stands. */
    private Optional<Document> fetchPage(URI page) throws InterruptedException {
        try {
            throttle.acquire(page);
            HttpRequest request = HttpRequest.newBuilder(page).timeout(TIMEOUT).header("User-Agent", USER_AGENT).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body = limited(response, MAX_PAGE_BYTES, page);
            if (response.statusCode() / 100 != 2) {
                return Optional.empty();
            }
            return Optional.of(Jsoup.parse(new ByteArrayInputStream(body), null, page.toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String content(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
            }
        }
        if (html.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.toString();
    }

    private static String htmlToText(String html) {
        if (html.isBlank()) {
            return "";
        }
        return ArticleParser.articleText(Jsoup.parseBodyFragment(html));
    }

    private static byte[] limited(HttpResponse<InputStream> response, int limit, URI uri) throws IOException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new IOException(uri + " is larger than " + limit / (1024 * 1024) + " MB");
            }
            return bytes;
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
