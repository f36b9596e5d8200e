package io.blastwatch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local web server with an RSS feed, an Atom feed and article pages, for feed tests: items can be added between
 * polls, and both feeds answer conditional GETs with 304 when nothing changed.
 */
public final class FeedServer implements AutoCloseable {

    /** One feed item: its page carries the full text, the feed only a summary. */
    public record Item(String slug, String title, String published, String summary, String pageText) {
    }

    private final HttpServer server;
    private final List<Item> rssItems = new CopyOnWriteArrayList<>();
    private final List<Item> atomItems = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss.xml", e -> feed(e, rssItems, true));
        server.createContext("/atom.xml", e -> feed(e, atomItems, false));
        server.createContext("/news/", this::page);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void addRss(Item item) {
        rssItems.add(item);
    }

    public void addAtom(Item item) {
        atomItems.add(item);
    }

    public int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    public List<String> userAgents() {
        return userAgents;
    }

    private void feed(HttpExchange e, List<Item> items, boolean rss) throws IOException {
        hits.merge(e.getRequestURI().getPath(), 1, Integer::sum);
        userAgents.add(e.getRequestHeaders().getFirst("User-Agent"));
        String etag = "\"v" + items.size() + "\"";
        if (etag.equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
            e.sendResponseHeaders(304, -1);
            e.close();
            return;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (rss) {
            xml.append("<rss version=\"2.0\"><channel><title>Steppe Herald</title><link>").append(url("/"))
                    .append("</link><description>Regional news</description>");
            for (Item i : items) {
                xml.append("<item><title>").append(i.title()).append("</title><link>").append(url("/news/" + i.slug()))
                        .append("</link><guid>").append(url("/news/" + i.slug())).append("</guid><pubDate>")
                        .append(i.published()).append("</pubDate><description>").append(i.summary())
                        .append("</description></item>");
            }
            xml.append("</channel></rss>");
        } else {
            xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Kama Ledger</title><id>urn:kama</id>")
                    .append("<updated>2024-02-10T00:00:00Z</updated>");
            for (Item i : items) {
                xml.append("<entry><title>").append(i.title()).append("</title><id>urn:kama:").append(i.slug())
                        .append("</id><link href=\"").append(url("/news/" + i.slug())).append("\"/><published>")
                        .append(i.published()).append("</published><updated>").append(i.published())
                        .append("</updated><summary>").append(i.summary()).append("</summary></entry>");
            }
            xml.append("</feed>");
        }
        byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", rss ? "application/rss+xml" : "application/atom+xml");
        e.getResponseHeaders().set("ETag", etag);
        e.sendResponseHeaders(200, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private void page(HttpExchange e) throws IOException {
        String slug = e.getRequestURI().getPath().substring("/news/".length());
        hits.merge(e.getRequestURI().getPath(), 1, Integer::sum);
        Item item = java.util.stream.Stream.concat(rssItems.stream(), atomItems.stream())
                .filter(i -> i.slug().equals(slug)).findFirst().orElse(null);
        if (item == null) {
            e.sendResponseHeaders(404, -1);
            e.close();
            return;
        }
        String html = "<html><head><title>" + item.title() + "</title></head><body><nav><a href=\"/\">Home</a> "
                + "<a href=\"/world\">World</a></nav><article><h1>" + item.title() + "</h1><p>" + item.pageText()
                + "</p><aside><p>Read also: A story about something else entirely.</p></aside></article>"
                + "<footer><p>Copyright Steppe Herald. Support us with a donation.</p></footer></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        e.sendResponseHeaders(200, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
