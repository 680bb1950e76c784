package dev.codestages.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code codestages} command: lint, draw and run AWS-style CI/CD pipelines. */
@Command(name = "codestages", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lint, draw and run AWS-style CI/CD pipelines: CodeBuild buildspec.yml, CodeDeploy"
                + " appspec.yml and the CodePipeline that joins them.")
public final class Codestages implements Runnable {

    /**
     * The subcommands, in the order the help lists them. A command line that names one gets only that one:
     * picocli reads the options of every subcommand it is given, and reading all eighteen took 40 ms of a
     * cold {@code lint --fail-on error F} (bench/cold.sh, "through picocli").
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(LintCommand.class, RulesCommand.class,
            ExplainCommand.class, SchemaCommand.class, DiagramCommand.class, RunCommand.class, StatusCommand.class,
            HistoryCommand.class, ApproveCommand.class, RejectCommand.class, RetryCommand.class, StopCommand.class,
            TransitionCommand.class, InitCommand.class, ConsoleCommand.class, LambdaCommand.class,
            InvokeCommand.class, ContinueCommand.class, CommandLine.HelpCommand.class);

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line: usage errors and crashes exit 2, never 1, and print no stack trace. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, List.of());
    }

    /**
     * A configured command line for {@code arguments}: with only the subcommand the first argument names, when it
     * names one other than {@code help}; with every subcommand otherwise (the help lists them, and a
     * misspelt name gets a suggestion from all of them).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> arguments) {
        CommandLine cli = new CommandLine(new Codestages());
        Class<?> named = arguments.isEmpty() ? null : subcommandNamed(arguments.get(0));
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (named == null || subcommand == named) {
                cli.addSubcommand(subcommand);
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        ExitCodes.describe(cli);
        // every subcommand has --version (mixinStandardHelpOptions) and prints what the top command prints
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
        }
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            String name = command.getCommandSpec().qualifiedName();
            String suggestion = "";
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                suggestion = "; did you mean '" + unmatched.getSuggestions().get(0) + "'?";
            }
            command.getErr().println(name + ": " + e.getMessage().strip().replace('\n', ' ') + suggestion
                    + " (try '" + name + " --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> internalError(command.getErr(), e));
        return cli;
    }

    private static Class<?> subcommandNamed(String name) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            Command command = subcommand.getAnnotation(Command.class);
            if (subcommand != CommandLine.HelpCommand.class && command != null
                    && (command.name().equals(name) || List.of(command.aliases()).contains(name))) {
                return subcommand;
            }
        }
        return null;
    }

    /** As {@link #commandLine(PrintWriter, PrintWriter)}, with {@code lint} reading paths relative to {@code workingDirectory}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Path workingDirectory) {
        CommandLine cli = commandLine(out, err);
        ((LintCommand) cli.getSubcommands().get("lint").getCommand()).workingDirectory(workingDirectory);
        return cli;
    }

    /**
     * Runs one command line: a plain {@code lint PATH...} directly (see {@link PlainLint}),
     * everything else through picocli. Same output and exit code either way.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Integer plain = PlainLint.run(args, out, err);
        return plain != null ? plain : commandLine(out, err, List.of(args)).execute(args);
    }

    static int internalError(PrintWriter err, Exception e) {
        err.println("codestages: internal error: " + e);
        err.println("Please report this with the file that caused it.");
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: spec files, paths and JSON/SARIF are UTF-8, and under LC_ALL=C the
        // default would print every non-ASCII character as '?'
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError e) {
            // one line, not a stack trace, and exit 2: an exit code of 1 would read as "findings"
            out.flush();
            err.println("codestages: out of memory (Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give it more with CODESTAGES_JAVA_OPTS=-Xmx1g, or check fewer files at once");
            code = ExitCodes.USAGE;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
