package dev.codestages.cli;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecFinder;
import dev.codestages.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages lint}: checks buildspec, appspec and pipeline files and reports every finding. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        header = "Check buildspec, appspec and pipeline files.",
        description = "Lints the named files, and the spec files found in the named folders"
                + " (buildspec*.yml|yaml, appspec.yml|yaml|json).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings at or above --fail-on", "1:findings at or above --fail-on",
            "2:usage error, or a path that cannot be read"})
final class LintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Set only by {@link #runPlain}, which runs without picocli; otherwise picocli's writers are used. */
    private PrintWriter out;
    private PrintWriter err;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders (default: .)")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--type", paramLabel = "KIND", description = "read every named file as KIND: buildspec, appspec or pipeline")
    private String type;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, junit or github (default: ${DEFAULT-VALUE})")
    private String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at or above LEVEL: error, warning or never (default: ${DEFAULT-VALUE})")
    private String failOn = "error";

    @Option(names = "--bundle", paramLabel = "DIR", description = "root of the revision bundle for cross-file checks (default: the appspec's folder)")
    private Path bundle;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "colour the text format: auto, always or never (default: ${DEFAULT-VALUE})")
    private String color = "auto";

    /**
     * Runs {@code lint PATH...} without picocli when the arguments after {@code lint} are only paths:
     * then parsing would only turn them into {@link Path}s and every option keeps its field's initial
     * value, and building picocli's model is 40% of a one-file run (136 against 84 ms, README
     * "Performance"). Returns null, leaving the arguments to picocli, for anything else: options,
     * {@code @} argument files, empty or invalid paths. Option defaults must therefore be the fields'
     * initial values, not {@code defaultValue} (PlainLintTest checks it).
     */
    static Integer runPlain(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !args[0].equals("lint")) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
                return null;
            }
            try {
                paths.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return null;
            }
        }
        LintCommand command = new LintCommand();
        command.paths = paths;
        command.out = out;
        command.err = err;
        try {
            return command.call();
        } catch (RuntimeException e) {
            return Codestages.internalError(err, e);
        }
    }

    @Override
    public Integer call() {
        ReportFormat reportFormat = parseFormat();
        Severity threshold = parseFailOn();
        FileKind kind = parseType();
        if (reportFormat == null || "?".equals(failOn) || (type != null && kind == null) || !validColor()) {
            return ExitCodes.USAGE;
        }
        List<SpecFile> files;
        try {
            files = collect(kind);
        } catch (IOException e) {
            return fail("cannot read " + describe(e));
        }
        if (files.isEmpty()) {
            return fail("no buildspec, appspec or pipeline file found under "
                    + String.join(", ", paths.stream().map(Path::toString).toList()));
        }
        LintReport report;
        try {
            report = new Linter().lint(files);
        } catch (IOException e) {
            return fail("cannot read " + describe(e));
        }
        String rendered;
        try {
            StringBuilder text = new StringBuilder();
            boolean colour = output == null && useColour();
            reportFormat.writer(colour, Rules.infos(), Version.current()).write(report, text);
            rendered = text.toString();
        } catch (IOException e) {
            return fail("cannot write the report: " + e.getMessage());
        }
        if (output == null) {
            out().print(rendered);
            out().flush();
        } else {
            try {
                writeAtomically(output, rendered);
            } catch (IOException e) {
                return fail("cannot write " + output + ": " + describe(e));
            }
        }
        return report.hasFindingsAtOrAbove(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private List<SpecFile> collect(FileKind kind) throws IOException {
        if (paths.isEmpty()) {
            paths.add(Path.of("."));
        }
        Set<SpecFile> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (SpecFile found : SpecFinder.find(path)) {
                    files.add(kind == null ? found : new SpecFile(found.path(), found.displayPath(), kind));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new SpecFile(path, path.toString(), kind));
            } else if (Files.exists(path)) {
                throw new IOException(path + ": not a regular file");
            } else {
                throw new NoSuchFileException(path.toString());
            }
        }
        return new ArrayList<>(files);
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private ReportFormat parseFormat() {
        for (ReportFormat candidate : ReportFormat.values()) {
            if (candidate.label().equals(format.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        usage("unknown --format '" + format + "'; expected one of: text, json, sarif, junit, github");
        return null;
    }

    private Severity parseFailOn() {
        switch (failOn.toLowerCase(Locale.ROOT)) {
            case "error":
                return Severity.ERROR;
            case "warning":
                return Severity.WARNING;
            case "info":
                return Severity.INFO;
            case "never":
                return null;
            default:
                usage("unknown --fail-on '" + failOn + "'; expected error, warning or never");
                failOn = "?";
                return null;
        }
    }

    private FileKind parseType() {
        if (type == null) {
            return null;
        }
        FileKind kind = FileKind.fromLabel(type.toLowerCase(Locale.ROOT));
        if (kind == null) {
            usage("unknown --type '" + type + "'; expected buildspec, appspec or pipeline");
        }
        return kind;
    }

    private boolean validColor() {
        if (List.of("auto", "always", "never").contains(color)) {
            return true;
        }
        usage("unknown --color '" + color + "'; expected auto, always or never");
        return false;
    }

    private boolean useColour() {
        if (color.equals("always")) {
            return true;
        }
        if (color.equals("never") || System.getenv("NO_COLOR") != null) {
            return false;
        }
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.equals("dumb");
    }

    private void usage(String message) {
        err().println("codestages lint: " + message);
    }

    private int fail(String message) {
        err().println("codestages lint: " + message);
        return ExitCodes.USAGE;
    }

    private PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "'" + e.getMessage() + "': no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "'" + e.getMessage() + "': permission denied";
        }
        return e.getMessage();
    }
}
