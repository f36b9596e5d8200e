package io.blastwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files, directories (recursively), glob patterns and standard input, one result at a time so
 * that large JSON lines archives never sit in memory whole.
 */
public final class ArticleFiles {

    /** A single-article file larger than this is rejected unread. JSON lines files are streamed and have no limit. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final int MAX_LINE_CHARS = 4 * 1024 * 1024;

    private final ArticleParser parser;
    private final long maxFileBytes;

    public ArticleFiles(ArticleParser parser, long maxFileBytes) {
        this.parser = parser;
        this.maxFileBytes = maxFileBytes;
    }

    /** The files an argument names: itself, the article files under a directory, or the files matching a glob. */
    public static List<Path> expand(String argument) throws IOException {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(Files::isRegularFile)
                        .filter(p -> ArticleParser.formatOf(p.getFileName().toString()) != null)
                        .sorted()
                        .toList();
            }
        }
        if (Files.exists(path) || !(argument.contains("*") || argument.contains("?") || argument.contains("["))) {
            return List.of(path);
        }
        Path base = Path.of(".");
        String pattern = argument;
        int firstWild = indexOfWildcard(argument);
        int slash = argument.lastIndexOf('/', firstWild);
        if (slash >= 0) {
            base = Path.of(argument.substring(0, slash + 1));
            pattern = argument.substring(slash + 1);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        Path root = base;
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(root.relativize(p))).sorted().toList();
        }
    }

    private static int indexOfWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return i;
            }
        }
        return s.length();
    }

    /** Reads every article of a file, handing each result to {@code sink}. */
    public void read(Path file, Consumer<ReadResult> sink) {
        String origin = file.toString();
        ArticleParser.Format format = ArticleParser.formatOf(file.getFileName().toString());
        if (format == null) {
            sink.accept(ReadResult.rejected(origin, "unknown file type (expected .json, .jsonl, .txt or .html, optionally .gz)"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            sink.accept(ReadResult.rejected(origin, Files.exists(file) ? "not a regular file" : "no such file"));
            return;
        }
        boolean gzip = file.getFileName().toString().toLowerCase().endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            if (format == ArticleParser.Format.JSONL) {
                readLines(origin, in, sink);
            } else {
                byte[] bytes = readLimited(in, maxFileBytes);
                if (bytes == null) {
                    sink.accept(ReadResult.rejected(origin, "file larger than " + size(maxFileBytes)
                            + "; split it or use JSON lines"));
                    return;
                }
                parser.parse(origin, bytes, format).forEach(sink);
            }
        } catch (IOException e) {
            sink.accept(ReadResult.rejected(origin, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads standard input: JSON lines when it starts with '{', else one plain text article. */
    public void readStdin(InputStream in, Consumer<ReadResult> sink) throws IOException {
        InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        buffered.mark(16);
        int first;
        do {
            first = buffered.read();
        } while (first == ' ' || first == '\n' || first == '\r' || first == '\t');
        buffered.reset();
        if (first == '{') {
            readLines("stdin", buffered, sink);
        } else {
            byte[] bytes = readLimited(buffered, maxFileBytes);
            if (bytes == null) {
                sink.accept(ReadResult.rejected("stdin", "input larger than " + size(maxFileBytes)));
            } else {
                parser.parse("stdin", bytes, ArticleParser.Format.TEXT).forEach(sink);
            }
        }
    }

    private void readLines(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
        LineReader lines = new LineReader(in, MAX_LINE_CHARS);
        String line;
        int number = 0;
        while ((line = lines.next()) != null) {
            number++;
            String where = origin + ":" + number;
            if (lines.truncated()) {
                sink.accept(ReadResult.rejected(where, "line longer than " + MAX_LINE_CHARS + " characters"));
            } else if (lines.malformed()) {
                sink.accept(ReadResult.rejected(where, "not valid UTF-8 text"));
            } else if (!line.isBlank()) {
                sink.accept(parser.jsonLine(where, line));
            }
        }
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
