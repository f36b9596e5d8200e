package io.blastwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import io.blastwatch.model.PublicationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ArticleParser PARSER =
            new ArticleParser(new ArticleDefaults(null, ArticleDefaults.DEFAULT_MAX_TEXT_CHARS, CLOCK));
    private static final long ONE_KB = 1024;

    @TempDir
    Path dir;

    private final ArticleFiles files = new ArticleFiles(PARSER, ArticleFiles.DEFAULT_MAX_FILE_BYTES);

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeGzip(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static List<ReadResult> read(ArticleFiles files, Path file) {
        List<ReadResult> results = new ArrayList<>();
        files.read(file, results::add);
        return results;
    }

    private static List<ReadResult> readStdin(ArticleFiles files, InputStream in) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        files.readStdin(in, results::add);
        return results;
    }

    private static String jsonArticle(String text) {
        return "{\"text\": \"" + text + "\"}";
    }

    @Test
    void shouldExpandADirectoryRecursivelyToSortedArticleFiles() throws IOException {
        Path b = write("sub/b.txt", "Second.");
        Path a = write("a.json", jsonArticle("First."));
        Path c = write("c.html", "<p>Third.</p>");
        Path d = writeGzip("sub/deeper/d.jsonl.gz", jsonArticle("Fourth."));
        Path e = write("e.NDJSON", jsonArticle("Fifth."));
        write("notes.md", "not an article");
        write("sub/picture.png", "not an article either");
        write("sub/archive.tar.gz", "nor this");

        List<Path> expanded = ArticleFiles.expand(dir.toString());

        assertThat(expanded).containsExactlyInAnyOrder(a, b, c, d, e);
        assertThat(expanded).isSortedAccordingTo(Path::compareTo);
    }

    @Test
    void shouldExpandAGlobWithinItsDirectory() throws IOException {
        Path one = write("one.json", jsonArticle("One."));
        Path two = write("two.json", jsonArticle("Two."));
        write("lines.jsonl", jsonArticle("Lines."));
        write("text.txt", "Text.");
        write("nested/three.json", jsonArticle("Three."));

        List<Path> expanded = ArticleFiles.expand(dir + "/*.json");

        assertThat(expanded).containsExactly(one, two);
    }

    @Test
    void shouldExpandAPlainFileToItselfAndAGlobWithoutBaseToNothing() throws IOException {
        Path file = write("only.txt", "Lonely article.");

        assertThat(ArticleFiles.expand(file.toString())).containsExactly(file);
        assertThat(ArticleFiles.expand(dir.resolve("missing-dir") + "/*.json")).isEmpty();
    }

    @Test
    void shouldReadGzippedJsonLines() throws IOException {
        Path file = writeGzip("feed.jsonl.gz", jsonArticle("Gzipped one.") + "\n\n" + jsonArticle("Gzipped two.") + "\n");

        List<ReadResult> results = read(files, file);

        assertThat(results).allMatch(ReadResult::accepted);
        assertThat(results).extracting(r -> r.article().text()).containsExactly("Gzipped one.", "Gzipped two.");
        assertThat(results).extracting(ReadResult::origin).containsExactly(file + ":1", file + ":3");
    }

    @Test
    void shouldReadGzippedText() throws IOException {
        Path file = writeGzip("note.txt.gz", " date 2023-12-24\nA tank farm burned overnight.\n");

        List<ReadResult> results = read(files, file);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isTrue();
            assertThat(r.article().published()).isEqualTo("2023-12-24");
            assertThat(r.article().publishedFrom()).isEqualTo(PublicationSource.DATE_LINE);
            assertThat(r.article().text()).isEqualTo("A tank farm burned overnight.\n");
            assertThat(r.article().outlet()).isEqualTo("note");
        });
    }

    @Test
    void shouldRejectASingleArticleFileLargerThanTheLimit() throws IOException {
        ArticleFiles small = new ArticleFiles(PARSER, ONE_KB);
        Path big = write("big.txt", "word ".repeat(410)); // 2,050 bytes
        Path fits = write("fits.txt", "word ".repeat(200)); // 1,000 bytes

        List<ReadResult> bigResults = read(small, big);
        List<ReadResult> fitsResults = read(small, fits);

        assertThat(bigResults).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.origin()).isEqualTo(big.toString());
            assertThat(r.rejection()).contains("larger than 1 KB");
        });
        assertThat(fitsResults).singleElement().satisfies(r -> assertThat(r.accepted()).isTrue());
    }

    @Test
    void shouldStreamLargeJsonLinesFilesWithoutAFileLimit() throws IOException {
        ArticleFiles small = new ArticleFiles(PARSER, ONE_KB);
        Path file = dir.resolve("archive.jsonl");
        int lines = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (lines * 400L < 3L * 1024 * 1024) { // every line is exactly 400 bytes
                String line = jsonArticle(String.format("Report number %07d about a distant fire.", lines));
                out.write(line + " ".repeat(399 - line.length()) + "\n");
                lines++;
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(3L * 1024 * 1024);

        List<ReadResult> results = read(small, file);

        assertThat(results).hasSize(lines);
        assertThat(results).allMatch(ReadResult::accepted);
        assertThat(results.get(lines - 1).article().text())
                .isEqualTo(String.format("Report number %07d about a distant fire.", lines - 1));
        assertThat(results).extracting(r -> r.article().id()).doesNotHaveDuplicates();
    }

    @Test
    void shouldRejectAnOverlongJsonLineAndKeepTheOthers() throws IOException {
        ArticleFiles small = new ArticleFiles(PARSER, ONE_KB);
        Path file = dir.resolve("mixed.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(jsonArticle("Before the giant line.") + "\n");
            out.write(jsonArticle("y".repeat(4 * 1024 * 1024 + 16)) + "\n");
            out.write(jsonArticle("After the giant line.") + "\n");
        }

        List<ReadResult> results = read(small, file);

        assertThat(results).hasSize(3);
        assertThat(results.get(0).accepted()).isTrue();
        assertThat(results.get(0).article().text()).isEqualTo("Before the giant line.");
        assertThat(results.get(1).accepted()).isFalse();
        assertThat(results.get(1).origin()).isEqualTo(file + ":2");
        assertThat(results.get(1).rejection()).contains("line longer than");
        assertThat(results.get(2).accepted()).isTrue();
        assertThat(results.get(2).article().text()).isEqualTo("After the giant line.");
    }

    @Test
    void shouldRejectAJsonLineThatIsNotUtf8AndKeepTheOthers() throws IOException {
        Path file = dir.resolve("bad-bytes.jsonl");
        byte[] good = (jsonArticle("Good line.") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '\n'};
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(good);
            out.write(bad);
            out.write(good);
        }

        List<ReadResult> results = read(files, file);

        assertThat(results).extracting(ReadResult::accepted).containsExactly(true, false, true);
        assertThat(results.get(1).origin()).isEqualTo(file + ":2");
        assertThat(results.get(1).rejection()).contains("UTF-8");
    }

    @Test
    void shouldReadJsonLinesFromStdin() throws IOException {
        String input = "  \n" + jsonArticle("From a pipe, first.") + "\r\n" + jsonArticle("From a pipe, second.") + "\n";

        List<ReadResult> results = readStdin(files, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));

        assertThat(results).allMatch(ReadResult::accepted);
        assertThat(results).extracting(r -> r.article().text())
                .containsExactly("From a pipe, first.", "From a pipe, second.");
        assertThat(results).extracting(ReadResult::origin).allMatch(o -> o.startsWith("stdin:"));
    }

    @Test
    void shouldReadPlainTextFromStdinEvenWithoutMarkSupport() throws IOException {
        String input = " date 2024-03-15\nA single article typed into the terminal.\n";
        InputStream noMark = new FilterInputStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public boolean markSupported() {
                return false;
            }
        };

        List<ReadResult> results = readStdin(files, noMark);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isTrue();
            assertThat(r.origin()).isEqualTo("stdin");
            assertThat(r.article().published()).isEqualTo("2024-03-15");
            assertThat(r.article().text()).isEqualTo("A single article typed into the terminal.\n");
        });
    }

    @Test
    void shouldRejectAMissingFile() {
        Path missing = dir.resolve("nowhere.json");

        List<ReadResult> results = read(files, missing);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.origin()).isEqualTo(missing.toString());
            assertThat(r.rejection()).contains("no such file");
        });
    }

    @Test
    void shouldRejectAnUnknownExtension() throws IOException {
        Path doc = write("report.docx", "Looks like text but is the wrong type.");

        List<ReadResult> results = read(files, doc);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.rejection()).contains("unknown file type");
        });
    }

    @Test
    void shouldRejectADirectoryNamedLikeAnArticle() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.json"));

        List<ReadResult> results = read(files, folder);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.rejection()).contains("not a regular file");
        });
    }

    @Test
    void shouldRejectACorruptGzipFileWithAReason() throws IOException {
        Path file = write("broken.txt.gz", "this is not gzip data");

        List<ReadResult> results = read(files, file);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.rejection()).startsWith("cannot read");
        });
    }

    @Test
    void shouldRejectBadInputsWithReasonsAndLetEverythingElseThrough() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("good.json"), "{\"id\":\"good\",\"text\":\"A blast hit the depot.\"}");
        Files.writeString(mixed.resolve("lines.jsonl"), "{\"id\":\"l1\",\"text\":\"One.\"}\n{broken\n"
                + "{\"id\":\"l3\",\"text\":\"Three.\"}\n");
        Files.write(mixed.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.writeString(mixed.resolve("empty.txt"), " date 2024-02-09\n   \n");
        try (OutputStream out = Files.newOutputStream(mixed.resolve("huge.txt"))) {
            byte[] line = "An explosion was reported again and again in this enormous text.\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        List<ReadResult> results = new ArrayList<>();
        for (Path file : ArticleFiles.expand(mixed.toString())) {
            files.read(file, results::add);
        }

        assertThat(results.stream().filter(ReadResult::accepted).map(r -> r.article().id()))
                .containsExactlyInAnyOrder("good", "l1", "l3");
        assertThat(results.stream().filter(r -> !r.accepted()).map(r -> r.origin() + " " + r.rejection()))
                .hasSize(4)
                .anyMatch(r -> r.contains("lines.jsonl:2") && r.contains("malformed JSON"))
                .anyMatch(r -> r.contains("binary.txt") && r.contains("binary"))
                .anyMatch(r -> r.contains("empty.txt") && r.contains("empty"))
                .anyMatch(r -> r.contains("huge.txt") && r.contains("larger than 10 MB"));
    }
}
