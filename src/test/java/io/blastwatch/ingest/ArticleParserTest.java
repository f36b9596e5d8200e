package io.blastwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.blastwatch.ingest.ArticleParser.Format;
import io.blastwatch.model.Article;
import io.blastwatch.model.PublicationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

    private static final Instant NOW = Instant.parse("2024-05-20T08:30:45.750Z");

    private final ArticleParser parser = new ArticleParser(
            new ArticleDefaults(null, ArticleDefaults.DEFAULT_MAX_TEXT_CHARS, Clock.fixed(NOW, ZoneOffset.UTC)));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private ReadResult single(String origin, String content, Format format) {
        List<ReadResult> results = parser.parse(origin, utf8(content), format);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static Article accepted(ReadResult result) {
        assertThat(result.accepted()).as("rejection: %s", result.rejection()).isTrue();
        assertThat(result.rejection()).isNull();
        return result.article();
    }

    private static String rejection(ReadResult result) {
        assertThat(result.accepted()).isFalse();
        assertThat(result.article()).isNull();
        assertThat(result.rejection()).isNotBlank();
        return result.rejection();
    }

    @Test
    void shouldReadEveryFieldOfAJsonObject() {
        String json = """
                {"id": "story-77", "url": "https://news.example.net/p/77", "outlet": "Example News",
                 "title": "Blast heard near a depot", "published": "2024-02-09T14:05:00Z",
                 "language": "uk", "text": "Residents reported a loud blast late on Friday."}
                """;

        Article a = accepted(single("in/story.json", json, Format.JSON));

        assertThat(a.id()).isEqualTo("story-77");
        assertThat(a.url()).isEqualTo("https://news.example.net/p/77");
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.title()).isEqualTo("Blast heard near a depot");
        assertThat(a.published()).isEqualTo("2024-02-09T14:05:00Z");
        assertThat(a.publishedFrom()).isEqualTo(PublicationSource.FIELD);
        assertThat(a.language()).isEqualTo("uk");
        assertThat(a.text()).isEqualTo("Residents reported a loud blast late on Friday.");
    }

    @Test
    void shouldAcceptGoodJsonLinesAndRejectTheMalformedOneNamingItsLine() {
        String jsonl = """
                {"text": "First report of smoke over the harbour.", "published": "2024-01-03"}

                {"text": "this line is broken
                {"text": "Second report, a fire at a warehouse.", "published": "2024-01-04"}
                """;

        List<ReadResult> results = parser.parse("feeds/day.jsonl", utf8(jsonl), Format.JSONL);

        assertThat(results).extracting(ReadResult::origin)
                .containsExactly("feeds/day.jsonl:1", "feeds/day.jsonl:3", "feeds/day.jsonl:4");
        assertThat(accepted(results.get(0)).text()).isEqualTo("First report of smoke over the harbour.");
        assertThat(rejection(results.get(1))).startsWith("malformed JSON");
        assertThat(accepted(results.get(2)).published()).isEqualTo("2024-01-04");
    }

    @Test
    void shouldRejectJsonLinesInputWithoutAnyArticle() {
        List<ReadResult> results = parser.parse("empty.jsonl", utf8("\n   \n\n"), Format.JSONL);

        assertThat(results).singleElement().satisfies(r -> assertThat(rejection(r)).contains("no articles"));
    }

    @Test
    void shouldTakeThePublicationDateFromADateLine() {
        Article a = accepted(single("notes.txt", " date 2024-02-09\nA fire broke out at the plant.\nNobody was hurt.",
                Format.TEXT));

        assertThat(a.published()).isEqualTo("2024-02-09");
        assertThat(a.publishedFrom()).isEqualTo(PublicationSource.DATE_LINE);
        assertThat(a.text()).isEqualTo("A fire broke out at the plant.\nNobody was hurt.");
    }

    @Test
    void shouldKeepTextThatFollowsTheDateOnTheSameLine() {
        Article a = accepted(single("notes.txt", " date 2024-02-09 Smoke rose over the rail yard.\nMore later.",
                Format.TEXT));

        assertThat(a.published()).isEqualTo("2024-02-09");
        assertThat(a.publishedFrom()).isEqualTo(PublicationSource.DATE_LINE);
        assertThat(a.text()).isEqualTo("Smoke rose over the rail yard.\nMore later.");
    }

    @Test
    void shouldDropADateLineThatGivesOnlyAMonth() {
        Article a = accepted(single("notes.txt", " date 2021-11 MOSCOW, November 27. /TASS/. A blast hit the plant.",
                Format.TEXT));

        // A month cannot date the article; left in the text it would hide the dateline after it.
        assertThat(a.published()).isNull();
        assertThat(a.text()).isEqualTo("MOSCOW, November 27. /TASS/. A blast hit the plant.");

        Article notAMonth = accepted(single("notes.txt", " date 2021-11-27x and more", Format.TEXT));
        assertThat(notAMonth.text()).isEqualTo(" date 2021-11-27x and more");
    }

    @Test
    void shouldLeaveTextWithoutADateLineUndated() {
        String body = "An explosion was reported at dawn.\nOfficials gave no cause.";

        Article a = accepted(single("notes.txt", body, Format.TEXT));

        // A file is an archive: the time it is read says nothing of when it was written.
        assertThat(a.text()).isEqualTo(body);
        assertThat(a.published()).isNull();
        assertThat(a.publishedFrom()).isNull();
    }

    @Test
    void shouldNotTakeADateLineThatIsNotTheFirstLine() {
        String body = "Opening sentence.\ndate 2024-02-09\nClosing sentence.";

        Article a = accepted(single("notes.txt", body, Format.TEXT));

        assertThat(a.text()).isEqualTo(body);
        assertThat(a.published()).isNull();
    }

    @Test
    void shouldRejectADateLineWithAnImpossibleDate() {
        AtomicReference<List<ReadResult>> results = new AtomicReference<>();

        assertThatCode(() -> results.set(parser.parse("notes.txt", utf8(" date 2024-02-31\nSome text."), Format.TEXT)))
                .doesNotThrowAnyException();

        assertThat(results.get()).singleElement()
                .satisfies(r -> assertThat(rejection(r)).contains("2024-02-31").contains("date"));
    }

    @Test
    void shouldReadAnHtmlPage() {
        String html = """
                <!doctype html>
                <html lang="de">
                <head>
                  <title>Site title | Example</title>
                  <meta property="og:title" content="Depot fire under investigation">
                  <meta property="og:site_name" content="Example Courier">
                  <meta property="article:published_time" content="2024-03-01T08:00:00+03:00">
                  <link rel="canonical" href="https://courier.example.org/depot-fire">
                  <script>var tracking = "do not read me";</script>
                </head>
                <body>
                  <nav><a href="/">Home</a> <p>Navigation paragraph</p></nav>
                  <h1>Headline in the page</h1>
                  <article>
                    <p>Firefighters spent the night at the depot.</p>
                    <aside><p>Related: unrelated story</p></aside>
                    <script>console.log("nope")</script>
                    <p>The cause is still unknown.</p>
                    <footer><p>Copyright notice</p></footer>
                  </article>
                  <footer><p>Page footer</p></footer>
                </body>
                </html>
                """;

        Article a = accepted(single("pages/fire.html", html, Format.HTML));

        assertThat(a.title()).isEqualTo("Depot fire under investigation");
        assertThat(a.outlet()).isEqualTo("Example Courier");
        assertThat(a.url()).isEqualTo("https://courier.example.org/depot-fire");
        assertThat(a.published()).isEqualTo("2024-03-01T08:00:00+03:00");
        assertThat(a.publishedFrom()).isEqualTo(PublicationSource.FIELD);
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.text()).contains("Firefighters spent the night at the depot.")
                .contains("The cause is still unknown.")
                .doesNotContain("Navigation", "Related", "nope", "Copyright", "Page footer", "tracking");
        assertThat(a.text().indexOf("Firefighters")).isLessThan(a.text().indexOf("The cause"));
    }

    @Test
    void shouldFallBackToH1AndTimeElementInHtml() {
        String html = """
                <html><head><title>Browser tab title</title></head>
                <body>
                  <h1>Warehouse blast</h1>
                  <article>
                    <time datetime="2024-02-07T21:40:00Z">7 February</time>
                    <p>A warehouse exploded in the evening.</p>
                  </article>
                </body></html>
                """;

        Article a = accepted(single("blast.html", html, Format.HTML));

        assertThat(a.title()).isEqualTo("Warehouse blast");
        assertThat(a.published()).isEqualTo("2024-02-07T21:40:00Z");
        assertThat(a.publishedFrom()).isEqualTo(PublicationSource.FIELD);
        assertThat(a.text()).isEqualTo("A warehouse exploded in the evening.");
        // no og:site_name and no url: the outlet comes from the file name
        assertThat(a.url()).isNull();
        assertThat(a.outlet()).isEqualTo("blast");
    }

    @Test
    void shouldFallBackToTheTitleElementAndLeaveAnUndatedPageUndated() {
        String html = """
                <html><head><title>Only the tab title</title></head>
                <body><article><p>Short report from the scene.</p></article></body></html>
                """;

        Article a = accepted(single("scene.html", html, Format.HTML));

        assertThat(a.title()).isEqualTo("Only the tab title");
        assertThat(a.published()).isNull();
        assertThat(a.publishedFrom()).isNull();
    }

    @Test
    void shouldRejectBinaryContent() {
        byte[] bytes = {'{', '"', 't', 0, 0, 0, 1, 2, 3, '"', '}'};

        for (Format format : Format.values()) {
            List<ReadResult> results = parser.parse("blob", bytes, format);
            assertThat(results).as(format.name()).singleElement()
                    .satisfies(r -> assertThat(rejection(r)).contains("binary"));
        }
    }

    @Test
    void shouldRejectInvalidUtf8WithAClearReason() {
        byte[] prefix = utf8("{\"text\": \"caf");
        byte[] suffix = utf8(" au lait\"}");
        byte[] bytes = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3; // a two-byte sequence start ...
        bytes[prefix.length + 1] = (byte) 0x28; // ... followed by a byte that cannot continue it
        System.arraycopy(suffix, 0, bytes, prefix.length + 2, suffix.length);

        for (Format format : List.of(Format.JSON, Format.JSONL, Format.TEXT)) {
            List<ReadResult> results = parser.parse("latin.json", bytes, format);
            assertThat(results).as(format.name()).singleElement()
                    .satisfies(r -> assertThat(rejection(r)).contains("UTF-8"));
        }
    }

    @Test
    void shouldAcceptAUtf8ByteOrderMark() {
        byte[] body = utf8("{\"text\": \"Kyiv residents heard the sirens.\"}");
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        List<ReadResult> results = parser.parse("bom.json", bytes, Format.JSON);

        assertThat(results).singleElement()
                .satisfies(r -> assertThat(accepted(r).text()).isEqualTo("Kyiv residents heard the sirens."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"\"}", "{\"text\": \"   \\n\\t  \"}"})
    void shouldRejectEmptyJsonText(String json) {
        assertThat(rejection(single("e.json", json, Format.JSON))).contains("empty");
    }

    @Test
    void shouldRejectEmptyPlainText() {
        assertThat(rejection(single("e.txt", "  \n\n ", Format.TEXT))).contains("empty");
        assertThat(rejection(single("e.txt", " date 2024-02-09\n   \n", Format.TEXT))).contains("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": \"No body here\"}", "{\"text\": 42}", "{\"text\": null}"})
    void shouldRejectAMissingOrNonTextualTextField(String json) {
        assertThat(rejection(single("t.json", json, Format.JSON))).contains("\"text\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\": true, \"text\": \"A blast.\"}|\"id\" must be a string, not a boolean (true)",
            "{\"id\": 17, \"text\": \"A blast.\"}|\"id\" must be a string, not a number (17)",
            "{\"url\": {\"href\": \"https://a.example\"}, \"text\": \"A blast.\"}|\"url\" must be a string, not an object",
            "{\"outlet\": [\"A\", \"B\"], \"text\": \"A blast.\"}|\"outlet\" must be a string, not an array",
            "{\"published\": 20240207, \"text\": \"A blast.\"}|\"published\" must be a string, not a number (20240207)"})
    void shouldRefuseFieldsOfTheWrongTypeInsteadOfCoercingThem(String json, String reason) {
        assertThat(rejection(single("t.json", json, Format.JSON))).isEqualTo(reason);
    }

    @Test
    void shouldTakeNullFieldsAsAbsent() {
        ReadResult r = single("t.json", "{\"id\": null, \"url\": null, \"text\": \"A blast at the plant.\"}", Format.JSON);
        assertThat(r.accepted()).isTrue();
        assertThat(r.article().id()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2, 3]", "\"just a string\"", "17"})
    void shouldRejectJsonThatIsNotAnObject(String json) {
        assertThat(rejection(single("t.json", json, Format.JSON))).contains("JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"last Tuesday", "2024-13-01", "09/02/2024", "2024-02-30"})
    void shouldRejectAPublishedValueThatIsNotADate(String published) {
        String json = "{\"text\": \"Something happened.\", \"published\": \"" + published + "\"}";

        assertThat(rejection(single("p.json", json, Format.JSON))).contains("published").contains(published);
    }

    @Test
    void shouldRejectTextLongerThanTheLimit() {
        ArticleParser small = new ArticleParser(new ArticleDefaults(null, 40, Clock.fixed(NOW, ZoneOffset.UTC)));
        String atLimit = "x".repeat(40);
        String overLimit = "x".repeat(41);

        List<ReadResult> ok = small.parse("a.txt", utf8(atLimit), Format.TEXT);
        List<ReadResult> tooLong = small.parse("b.json", utf8("{\"text\": \"" + overLimit + "\"}"), Format.JSON);

        assertThat(ok).singleElement().satisfies(r -> assertThat(accepted(r).text()).isEqualTo(atLimit));
        assertThat(tooLong).singleElement()
                .satisfies(r -> assertThat(rejection(r)).contains("too long").contains("41").contains("40"));
    }

    @ParameterizedTest
    @CsvSource({
            "a.json, JSON",
            "a.JSON, JSON",
            "a.json.gz, JSON",
            "a.jsonl, JSONL",
            "a.ndjson, JSONL",
            "a.jsonl.gz, JSONL",
            "a.NDJSON.GZ, JSONL",
            "a.txt, TEXT",
            "a.text, TEXT",
            "a.txt.gz, TEXT",
            "a.html, HTML",
            "a.htm, HTML",
            "a.html.gz, HTML",
    })
    void shouldDeriveTheFormatFromTheExtension(String name, Format expected) {
        assertThat(ArticleParser.formatOf(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.md", "a.pdf", "a.gz", "a.tar.gz", "json", "a.json.bak", "a.xml", "README"})
    void shouldHaveNoFormatForOtherExtensions(String name) {
        assertThat(ArticleParser.formatOf(name)).isNull();
    }

    @Test
    void shouldRejectDeeplyNestedJsonWithoutStackOverflow() {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        String nestedInObject = "{\"text\": \"fine\", \"extra\": " + nested + "}";
        AtomicReference<List<ReadResult>> asObject = new AtomicReference<>();
        AtomicReference<List<ReadResult>> asLines = new AtomicReference<>();

        assertThatCode(() -> {
            asObject.set(parser.parse("deep.json", utf8(nested), Format.JSON));
            asLines.set(parser.parse("deep.jsonl", utf8(nestedInObject + "\n{\"text\": \"after\"}\n"), Format.JSONL));
        }).doesNotThrowAnyException();

        assertThat(asObject.get()).singleElement().satisfies(r -> assertThat(rejection(r)).startsWith("malformed JSON"));
        assertThat(asLines.get()).hasSize(2);
        assertThat(rejection(asLines.get().get(0))).startsWith("malformed JSON");
        assertThat(accepted(asLines.get().get(1)).text()).isEqualTo("after");
    }
}
