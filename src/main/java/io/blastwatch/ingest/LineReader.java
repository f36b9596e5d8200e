package io.blastwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * Reads lines of bytes with a length limit, so one enormous line cannot exhaust memory; reports lines that are too
 * long or not UTF-8 instead of failing the whole input.
 */
final class LineReader {

    private final InputStream in;
    private final int maxBytes;
    private boolean truncated;
    private boolean malformed;

    LineReader(InputStream in, int maxBytes) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 64 * 1024);
        this.maxBytes = maxBytes;
    }

    /** The next line without its end, or null at the end of the input. */
    String next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        truncated = false;
        malformed = false;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.size() < maxBytes) {
                line.write(b);
            } else {
                truncated = true;
            }
        }
        if (!any) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        byte[] content = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        try {
            return ArticleParser.strictUtf8(content);
        } catch (CharacterCodingException e) {
            malformed = true;
            return "";
        }
    }

    boolean truncated() {
        return truncated;
    }

    boolean malformed() {
        return malformed;
    }
}
