package io.blastwatch.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extraction speed of two builds of blastwatch compared in one JVM, on one thread, alternating every second: each
 * build in a class loader of its own over its {@code target/classes} and {@code target/test-classes}, both extracting
 * the same folder of articles. On a machine whose cores change speed (this project's reference machine: its two
 * virtual cores take turns running a third slower for minutes), single JMH forks of the same code differ by more than
 * a change does; two builds timed second by second on the same thread see the same core at the same speed, so their
 * ratio holds. See docs/PERFORMANCE.md, "Reproduce".
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/deps.txt
 * java -cp target/test-classes:$(cat target/deps.txt) io.blastwatch.bench.CompareBuilds /path/to/before . 60
 * </pre>
 *
 * Arguments: the project folder of the build before, of the build after (both built with {@code mvn test-compile}),
 * the number of measured rounds (default 60), the folder of articles (default {@code examples/articles}).
 */
public final class CompareBuilds {

    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final int WARM_UP_ROUNDS = 20;

    private CompareBuilds() {
    }

    /** One build, its extractor and articles reached by reflection: none of its classes is this class loader's. */
    private static final class Build {
        private final Object extractor;
        private final Method extract;
        private final List<?> articles;
        private final Object ingestedAt;

        Build(Path project, Path texts, List<URL> dependencies) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String dir : List.of("target/classes", "target/test-classes")) {
                Path classes = project.resolve(dir);
                if (!Files.isDirectory(classes)) {
                    throw new IllegalArgumentException(classes + " is missing: run mvn test-compile in " + project);
                }
                urls.add(classes.toUri().toURL());
            }
            urls.addAll(dependencies);
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> gazetteer = loader.loadClass("io.blastwatch.extract.Gazetteer");
            Class<?> extractorClass = loader.loadClass("io.blastwatch.extract.IncidentExtractor");
            extractor = extractorClass.getConstructor(gazetteer).newInstance(gazetteer.getMethod("load").invoke(null));
            extract = extractorClass.getMethod("extract", loader.loadClass("io.blastwatch.model.Article"),
                    java.time.Instant.class);
            Class<?> testArticles = loader.loadClass("io.blastwatch.testing.TestArticles");
            articles = (List<?>) testArticles.getMethod("read", Path.class).invoke(null, texts);
            ingestedAt = testArticles.getField("INGESTED_AT").get(null);
        }

        /** Extracts every article again and again for a second; returns how many times it got through them. */
        long oneSecond() throws Exception {
            long end = System.nanoTime() + SECOND_NANOS;
            long passes = 0;
            int sink = 0;
            while (System.nanoTime() < end) {
                for (Object article : articles) {
                    sink += extract.invoke(extractor, article, ingestedAt).hashCode();
                }
                passes++;
            }
            return sink == Integer.MIN_VALUE ? passes + 1 : passes; // keeps the results alive
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareBuilds BEFORE_PROJECT AFTER_PROJECT [ROUNDS] [ARTICLES_FOLDER]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path texts = Path.of(args.length > 3 ? args[3] : "examples/articles");
        List<URL> dependencies = dependencies();
        Build before = new Build(Path.of(args[0]), texts, dependencies);
        Build after = new Build(Path.of(args[1]), texts, dependencies);
        System.err.printf("%d articles each; warming up for %d s%n", before.articles.size(), 2 * WARM_UP_ROUNDS);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            before.oneSecond();
            after.oneSecond();
        }
        long beforeTotal = 0;
        long afterTotal = 0;
        StringBuilder pairs = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            // Which goes first alternates, so that neither always follows the other's garbage.
            long b;
            long a;
            if (r % 2 == 0) {
                b = before.oneSecond();
                a = after.oneSecond();
            } else {
                a = after.oneSecond();
                b = before.oneSecond();
            }
            beforeTotal += b;
            afterTotal += a;
            pairs.append(b).append('/').append(a).append(r % 10 == 9 ? "\n" : " ");
        }
        System.out.println("passes a second over the articles, before/after, round by round:");
        System.out.println(pairs.toString().strip());
        System.out.printf(Locale.ROOT, "before %.1f, after %.1f passes a second; after/before %.3f%n",
                (double) beforeTotal / rounds, (double) afterTotal / rounds, (double) afterTotal / beforeTotal);
    }

    /** The class path of this JVM without blastwatch's own classes, which each build brings. */
    private static List<URL> dependencies() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !entry.endsWith("classes") && !entry.endsWith("classes/")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls;
    }
}
