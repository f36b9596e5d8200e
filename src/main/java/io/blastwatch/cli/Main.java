package io.blastwatch.cli;

import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code blastwatch} command: thin commands over the core, one line and a non-zero exit code on failure. */
@Command(name = "blastwatch", mixinStandardHelpOptions = true, version = "blastwatch 0.1.0",
        description = "Turns news articles into deduplicated incidents and rolling counts of unexplained explosions "
                + "at military-industrial sites, on Kafka Streams.",
        subcommands = {RunCommand.class, IngestCommand.class, AnalyzeCommand.class, EvaluateCommand.class, FeedCommand.class,
                ReplayCommand.class, ResetCommand.class, AlertsCommand.class, TopicsCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (verbose) {
            System.setProperty("blastwatch.log.level", "DEBUG");
            System.setProperty("blastwatch.kafka.log.level", "INFO");
        }
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (verbose) {
                        e.printStackTrace(cmd.getErr());
                    }
                    cmd.getErr().println("blastwatch: " + message(e));
                    return 1;
                })
                .execute(args);
    }

    /** The most telling message of an exception chain, without class names a user need not read. */
    static String message(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
                if (!(t instanceof java.util.concurrent.ExecutionException)) {
                    break;
                }
            }
            t = t.getCause();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
