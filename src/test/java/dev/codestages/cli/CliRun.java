package dev.codestages.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/** One in-process run of the CLI, as a user would see it: what it printed on each stream and its exit code. */
record CliRun(String stdout, String stderr, int exit) {

    /** Runs {@code codestages ARGS} with relative paths read from {@code base}. */
    static CliRun run(Path base, List<String> args) {
        return run(base, cli -> { }, args);
    }

    /** As {@link #run(Path, List)}, once {@code setup} has set the command line up (its standard input, say). */
    static CliRun run(Path base, Consumer<CommandLine> setup, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            CommandLine cli = Codestages.commandLine(outWriter, errWriter, base);
            setup.accept(cli);
            exit = cli.execute(args.toArray(String[]::new));
        }
        return new CliRun(unix(out.toString()), unix(err.toString()), exit);
    }

    static CliRun run(Path base, String... args) {
        return run(base, List.of(args));
    }

    /** The lines of standard error; a usage error must give exactly one. */
    List<String> stderrLines() {
        return stderr.lines().toList();
    }

    private static String unix(String text) {
        return text.replace("\r\n", "\n");
    }
}
