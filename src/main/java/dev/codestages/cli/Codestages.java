package dev.codestages.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code codestages} command: lint, draw and run AWS-style CI/CD pipelines. */
@Command(name = "codestages", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lint, draw and run AWS-style CI/CD pipelines: CodeBuild buildspec.yml, CodeDeploy"
                + " appspec.yml and the CodePipeline that joins them.",
        subcommands = {LintCommand.class, RulesCommand.class, ExplainCommand.class, SchemaCommand.class,
            DiagramCommand.class, RunCommand.class, StatusCommand.class, HistoryCommand.class, ApproveCommand.class,
            RejectCommand.class, RetryCommand.class, StopCommand.class, TransitionCommand.class, InitCommand.class, LambdaCommand.class, InvokeCommand.class,
            CommandLine.HelpCommand.class})
public final class Codestages implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line: usage errors and crashes exit 2, never 1, and print no stack trace. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Codestages());
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
        return plain != null ? plain : commandLine(out, err).execute(args);
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
