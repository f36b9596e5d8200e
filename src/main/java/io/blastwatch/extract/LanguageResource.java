package io.blastwatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language's word lists, kept as a data file beside the code that uses them (as HeidelTime keeps its patterns per
 * language), so that a language is added by writing its file, not by changing the rules. The format is one class a
 * line, {@code name: word word=value ...} or {@code name: phrase | phrase}, with {@code #} comments; words are
 * folded as tokens are.
 */
final class LanguageResource {

    private final String name;
    private final Map<String, Map<String, String>> classes;

    private LanguageResource(String name, Map<String, Map<String, String>> classes) {
        this.name = name;
        this.classes = classes;
    }

    /** Reads {@code lang/LANGUAGE/FILE} from the classpath; a missing or malformed file is a build error. */
    static LanguageResource load(String language, String file) {
        String path = "lang/" + language + "/" + file;
        try (InputStream in = LanguageResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("language resource " + path + " is missing");
            }
            return parse(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language resource " + path, e);
        }
    }

    static LanguageResource parse(String name, List<String> lines) {
        Map<String, Map<String, String>> classes = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(name + " line " + number + ": expected 'class: words'");
            }
            Map<String, String> words = classes.computeIfAbsent(trimmed.substring(0, colon).strip(),
                    k -> new LinkedHashMap<>());
            String values = trimmed.substring(colon + 1).strip();
            // "phrase | phrase" for classes of several-word phrases; single words are separated by spaces.
            String[] entries = values.contains("|") ? values.split("\\s*\\|\\s*") : values.split("\\s+");
            for (String entry : entries) {
                if (entry.isEmpty()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                String word = TextFolding.fold(eq < 0 ? entry : entry.substring(0, eq));
                words.put(word, eq < 0 ? "" : entry.substring(eq + 1));
            }
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        classes.forEach((k, v) -> frozen.put(k, Words.copyOf(v)));
        return new LanguageResource(name, Map.copyOf(frozen));
    }

    /** The words of a class; a class the file lacks is an error, so that a typo cannot silently empty a rule. */
    Set<String> words(String cls) {
        return values(cls).keySet();
    }

    Map<String, String> values(String cls) {
        Map<String, String> words = classes.get(cls);
        if (words == null) {
            throw new IllegalStateException(name + " has no class '" + cls + "'");
        }
        return words;
    }

    Map<String, Integer> numbers(String cls) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        values(cls).forEach((word, value) -> {
            try {
                numbers.put(word, Integer.valueOf(value));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + ": '" + word + "' of class '" + cls + "' needs a number");
            }
        });
        return Words.copyOf(numbers);
    }
}
