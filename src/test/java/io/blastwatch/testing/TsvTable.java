package io.blastwatch.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of test cases kept as a tab-separated resource beside its test: {@code #} comments, a header line that
 * must name the expected columns, then one case a line.
 */
public final class TsvTable {

    /** One line of a table: its number in the file, for messages, and its columns. */
    public record Line(int number, List<String> columns) {
        public String get(int column) {
            return columns.get(column);
        }
    }

    private TsvTable() {
    }

    public static List<Line> read(Class<?> owner, String resource, List<String> header) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            boolean headerSeen = false;
            int number = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cols = Arrays.asList(line.split("\t", -1));
                if (!headerSeen) {
                    if (!cols.equals(header)) {
                        throw new IllegalStateException(resource + ": header must be " + header + " but is " + cols);
                    }
                    headerSeen = true;
                } else if (cols.size() != header.size()) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + header.size()
                            + " tab-separated columns, found " + cols.size());
                } else {
                    lines.add(new Line(number, List.copyOf(cols)));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
