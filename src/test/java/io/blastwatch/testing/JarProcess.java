package io.blastwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged {@code target/blastwatch.jar} run as its own process, as a user runs it. */
public final class JarProcess implements AutoCloseable {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private JarProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static JarProcess start(String... args) {
        return start(List.of(), args);
    }

    /** Starts the jar with extra JVM options, such as system properties, before the arguments. */
    public static JarProcess start(List<String> jvmOptions, String... args) {
        Path jar = Path.of("target/blastwatch.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("target/blastwatch.jar is missing: run the integration tests with mvn verify");
        }
        try {
            Path out = Files.createTempFile("jar-out-", ".txt");
            Path err = Files.createTempFile("jar-err-", ".txt");
            // Read after the process ends, even after close; gone when the test JVM ends.
            out.toFile().deleteOnExit();
            err.toFile().deleteOnExit();
            // The child's own temporary files (native libraries, broker data) go where the tests' go.
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m",
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new JarProcess(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to completion and returns the exit code. */
    public static Result run(Duration timeout, String... args) {
        try (JarProcess p = start(args)) {
            boolean done = p.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                throw new IllegalStateException("blastwatch " + String.join(" ", args) + " still running after " + timeout
                        + "\n" + p.stderr());
            }
            return new Result(p.process.exitValue(), p.stdout(), p.stderr());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Waits until standard error contains the text. */
    public void awaitStderr(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!stderr().contains(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("process ended (exit " + process.exitValue() + ") before printing '"
                        + text + "':\n" + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no '" + text + "' within " + timeout + ":\n" + stderr());
            }
            Thread.sleep(100);
        }
    }

    /** Kills the process with SIGKILL, as a crash would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks the process to stop, as Ctrl-C does, and waits for it. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("process did not stop within " + timeout + ":\n" + stderr());
        }
        return process.exitValue();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    public boolean alive() {
        return process.isAlive();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
