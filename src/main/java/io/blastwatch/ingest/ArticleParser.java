package io.blastwatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationDates;
import io.blastwatch.model.PublicationSource;
import io.blastwatch.serde.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads articles from the bytes of one input in the formats of CONTRACT.md: a JSON object, JSON lines, plain text
 * with an optional {@code date YYYY-MM-DD} first line, or an HTML page. Never throws on bad input: every problem
 * becomes a rejection with its reason.
 */
public final class ArticleParser {

    /** The fields of a JSON article, all strings. */
    private static final List<String> STRING_FIELDS = List.of("text", "id", "url", "outlet", "title",
            "published", "language");

    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*\\r?\\n?");
    /**
     * " date 2021-11 MOSCOW, November 27. /TASS/. ...": a date line that gives only a month. It cannot date the
     * article, and left in the text it hides the dateline that follows it; it is dropped.
     */
    private static final Pattern MONTH_LINE = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}(?![-\\d])[ \\t]*\\r?\\n?");

    private final ArticleDefaults defaults;

    public ArticleParser(ArticleDefaults defaults) {
        this.defaults = defaults;
    }

    public enum Format { JSON, JSONL, TEXT, HTML }

    /** The format a file name implies, looking through a {@code .gz} ending; null for anything else. */
    public static Format formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Format.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        return null;
    }

    /** Parses a whole input; JSON lines yield one result a line. */
    public List<ReadResult> parse(String origin, byte[] bytes, Format format) {
        if (looksBinary(bytes)) {
            return List.of(ReadResult.rejected(origin, "binary content, not a text article"));
        }
        if (format == Format.HTML) {
            return List.of(html(origin, bytes));
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return List.of(ReadResult.rejected(origin, "not valid UTF-8 text (convert it to UTF-8 first)"));
        }
        return switch (format) {
            case JSON -> List.of(json(origin, text));
            case JSONL -> jsonLines(origin, text);
            case TEXT -> List.of(plainText(origin, text));
            case HTML -> throw new IllegalStateException("handled above");
        };
    }

    /** One line of a JSON lines input. */
    public ReadResult jsonLine(String origin, String line) {
        return json(origin, line);
    }

    private List<ReadResult> jsonLines(String origin, String text) {
        List<ReadResult> results = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                results.add(json(origin + ":" + (i + 1), lines[i]));
            }
        }
        if (results.isEmpty()) {
            results.add(ReadResult.rejected(origin, "no articles in the file"));
        }
        return results;
    }

    private ReadResult json(String origin, String text) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (IOException e) {
            return ReadResult.rejected(origin, "malformed JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return ReadResult.rejected(origin, "expected a JSON object with a \"text\" field");
        }
        JsonNode body = node.get("text");
        if (body == null || body.isNull()) {
            return ReadResult.rejected(origin, "missing \"text\" field");
        }
        // A value of the wrong type is refused, not coerced: an "id" of true or a "url" given as an object is a
        // mistake in the sender's program, and a silent "true" or a dropped url would hide it.
        for (String field : STRING_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return ReadResult.rejected(origin, "\"" + field + "\" must be a string, not " + typeOf(value));
            }
        }
        String published = textOf(node, "published");
        if (published != null && PublicationDates.instant(published).isEmpty()) {
            return ReadResult.rejected(origin, "\"published\" is not a date (YYYY-MM-DD) or ISO date-time: " + published);
        }
        Article article = new Article(textOf(node, "id"), textOf(node, "url"), textOf(node, "outlet"),
                textOf(node, "title"), published, published == null ? null : PublicationSource.FIELD,
                textOf(node, "language"), body.asText());
        return defaults.complete(origin, article);
    }

    private ReadResult plainText(String origin, String text) {
        Matcher m = DATE_LINE.matcher(text);
        String published = null;
        String body = text;
        if (m.find()) {
            try {
                published = LocalDate.parse(m.group(1)).toString();
            } catch (DateTimeParseException e) {
                return ReadResult.rejected(origin, "date line is not a real date: " + m.group(1));
            }
            body = text.substring(m.end());
        } else {
            Matcher month = MONTH_LINE.matcher(text);
            if (month.find()) {
                body = text.substring(month.end());
            }
        }
        Article article = new Article(null, null, null, null, published,
                published == null ? null : PublicationSource.DATE_LINE, null, body);
        return defaults.complete(origin, article);
    }

    private ReadResult html(String origin, byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            return ReadResult.rejected(origin, "unreadable HTML: " + e.getMessage());
        }
        String text = articleText(doc);
        String title = firstNonBlank(meta(doc, "og:title"), doc.selectFirst("h1") == null ? null
                : doc.selectFirst("h1").text(), doc.title());
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                meta(doc, "pubdate"), doc.selectFirst("time[datetime]") == null ? null
                        : doc.selectFirst("time[datetime]").attr("datetime"));
        if (published != null && PublicationDates.instant(published).isEmpty()) {
            published = null;
        }
        String url = firstNonBlank(meta(doc, "og:url"), doc.selectFirst("link[rel=canonical]") == null ? null
                : doc.selectFirst("link[rel=canonical]").attr("href"));
        String outlet = meta(doc, "og:site_name");
        Article article = new Article(null, url, outlet, title, published,
                published == null ? null : PublicationSource.FIELD, doc.selectFirst("html[lang]") == null ? null
                : doc.selectFirst("html[lang]").attr("lang"), text);
        return defaults.complete(origin, article);
    }

    /**
     * The article's own text from a web page, one paragraph a line: the {@code <article>} (else {@code <main>}, else
     * the body) without navigation, headers, footers, asides, scripts, forms and captions.
     */
    public static String articleText(Document doc) {
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        if (root == null) {
            return "";
        }
        root = root.clone();
        root.select("nav, header, footer, aside, script, style, form, noscript, figure figcaption, button").remove();
        StringBuilder text = new StringBuilder();
        for (Element block : root.select("h2, h3, h4, p, li, blockquote")) {
            String line = block.text().trim();
            boolean leaf = block.select("h2, h3, h4, p, li, blockquote").size() == 1; // select() includes the block itself
            if (!line.isEmpty() && leaf) {
                text.append(line).append("\n\n");
            }
        }
        if (text.length() == 0) {
            text.append(root.text());
        }
        return text.toString().trim();
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case BOOLEAN -> "a boolean (" + value.asText() + ")";
            case NUMBER -> "a number (" + value.asText() + ")";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** NUL bytes or many control characters mean a binary file, whatever its name says. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
