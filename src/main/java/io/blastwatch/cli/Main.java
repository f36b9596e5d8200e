package io.blastwatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code blastwatch} command: thin commands over the core, one line and a non-zero exit code on failure. */
@Command(name = "blastwatch", mixinStandardHelpOptions = true, version = "blastwatch 0.1.0",
        description = "Turns news articles into deduplicated incidents and rolling counts of unexplained explosions "
                + "at military-industrial sites, on Kafka Streams.",
        subcommands = {RunCommand.class, IngestCommand.class, AnalyzeCommand.class, EvaluateCommand.class, FeedCommand.class,
                ReplayCommand.class, ResetCommand.class, AlertsCommand.class, TopicsCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--verbose", description = "Log more and show stack traces on errors (also after the command).")
    boolean verbose;

    /** Without a command there is nothing to do: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return 2;
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
                .registerConverter(LocalDate.class, Main::day)
                .setParameterExceptionHandler((e, ignoredArgs) -> {
                    CommandLine cmd = e.getCommandLine();
                    cmd.getErr().println("blastwatch: " + e.getMessage() + " (see: " + cmd.getCommandSpec().qualifiedName()
                            + " --help)");
                    return 2;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (verbose) {
                        e.printStackTrace(cmd.getErr());
                    }
                    cmd.getErr().println("blastwatch: " + message(e));
                    return 1;
                })
                .execute(args);
    }

    /** A calendar day as YYYY-MM-DD; an impossible one ("2024-02-31") is named as such, not as a Java exception. */
    static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a calendar day (YYYY-MM-DD)");
        }
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
