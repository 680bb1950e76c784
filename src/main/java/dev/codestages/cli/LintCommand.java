package dev.codestages.cli;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecFinder;
import dev.codestages.diagram.DiagramPicture;
import dev.codestages.diagram.Direction;
import dev.codestages.diagram.PipelinePictures;
import dev.codestages.lint.LintedFile;
import dev.codestages.report.HtmlReport;
import dev.codestages.report.ReportFiles;
import dev.codestages.report.ReportFormat;
import dev.codestages.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                + " (buildspec*.yml|yaml, appspec.yml|yaml|json, and any .json/.yml/.yaml file holding a"
                + " CodePipeline definition or an AWS::CodePipeline::Pipeline resource).",
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
            description = "text, json, sarif, junit, github or html (default: ${DEFAULT-VALUE})")
    private String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at or above LEVEL: error, warning or never (default: ${DEFAULT-VALUE})")
    private String failOn = "error";

    @Option(names = "--bundle", paramLabel = "DIR", description = "root of the revision bundle for cross-file checks (default: the appspec's folder)")
    private Path bundle;

    @Option(names = "--platform", paramLabel = "PLATFORM",
            description = "read every appspec as PLATFORM: ec2, lambda or ecs (default: from its content)")
    private String platform;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "colour the text format: auto, always or never (default: ${DEFAULT-VALUE})")
    private String color = "auto";

    private Path workingDirectory = Path.of("");

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
            } catch (java.nio.file.InvalidPathException e) {
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

    private PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }

    @Override
    public Integer call() {
        // one usage error, one line: stop at the first
        ReportFormat reportFormat = parseFormat();
        if (reportFormat == null) {
            return ExitCodes.USAGE;
        }
        Severity threshold = parseFailOn();
        if ("?".equals(failOn)) {
            return ExitCodes.USAGE;
        }
        FileKind kind = parseType();
        if ((type != null && kind == null) || !validColor() || !validPlatform()) {
            return ExitCodes.USAGE;
        }
        if (bundle != null && !Files.isDirectory(bundle)) {
            return fail("--bundle '" + bundle + "' is not a folder");
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
            String platformLabel = platform == null ? null : platform.toLowerCase(Locale.ROOT);
            report = new Linter(new LintOptions(platformLabel, bundle)).lint(files);
        } catch (IOException e) {
            return fail("cannot read " + describe(e));
        }
        String rendered;
        try {
            StringBuilder text = new StringBuilder();
            boolean colour = output == null && useColour();
            ReportWriter writer = reportFormat == ReportFormat.HTML
                    ? new HtmlReport("codestages lint", diagramsFor(report), Rules.infos())
                    : reportFormat.writer(colour, Rules::infos, Version.current(), threshold);
            writer.write(report, text);
            rendered = text.toString();
        } catch (IOException e) {
            return fail("cannot write the report: " + e.getMessage());
        }
        if (output == null) {
            out().print(rendered);
            out().flush();
        } else {
            try {
                ReportFiles.writeAtomically(workingDirectory.resolve(output), rendered);
            } catch (IOException e) {
                return fail("cannot write " + output + ": " + describe(e));
            }
        }
        return report.hasFindingsAtOrAbove(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The diagrams of an HTML report: every pipeline file linted, else the implicit pipeline of each folder. */
    private List<DiagramPicture> diagramsFor(LintReport report) {
        Map<Path, String> definitions = new LinkedHashMap<>();
        for (LintedFile file : report.files()) {
            if (file.kind() == FileKind.PIPELINE) {
                definitions.put(workingDirectory.resolve(file.path()), file.path());
            }
        }
        Map<Path, String> folders = new LinkedHashMap<>();
        for (Path given : paths) {
            if (Files.isDirectory(workingDirectory.resolve(given))) {
                folders.put(workingDirectory.resolve(given), given.toString());
            }
        }
        return PipelinePictures.draw(definitions, folders, Direction.LR);
    }

    private List<SpecFile> collect(FileKind kind) throws IOException {
        if (paths.isEmpty()) {
            paths.add(Path.of("."));
        }
        // keyed by the real location, so a file named twice (". buildspec.yml") is linted once; a walk of
        // one folder finds each file once, so its own paths will do as keys
        Map<Path, SpecFile> files = new LinkedHashMap<>();
        boolean onePath = paths.size() == 1;
        for (Path given : paths) {
            Path path = workingDirectory.resolve(given);
            if (Files.isDirectory(path)) {
                boolean here = given.normalize().toString().isEmpty();
                for (SpecFile found : SpecFinder.find(path, kind != null)) {
                    String display = displayPath(given, here, path.relativize(found.path()));
                    files.putIfAbsent(onePath ? found.path() : found.path().toAbsolutePath().normalize(),
                            new SpecFile(found.path(), display, kind != null ? kind : found.forcedKind()));
                }
            } else if (Files.isRegularFile(path)) {
                files.putIfAbsent(path.toAbsolutePath().normalize(), new SpecFile(path, given.toString(), kind));
            } else if (Files.exists(path)) {
                throw new IOException(given + ": not a regular file");
            } else if (Files.isSymbolicLink(path)) {
                throw new IOException(given + ": a symbolic link to nothing, or a loop of links");
            } else {
                throw new NoSuchFileException(given.toString());
            }
        }
        return new ArrayList<>(files.values());
    }

    /** A file found under a folder, named as the user named the folder (no "./" for "."). */
    /** A found file's path for the report: below the folder as given, or bare when the folder is ".". */
    private static String displayPath(Path folder, boolean here, Path relative) {
        return (here ? relative : folder.resolve(relative)).toString().replace('\\', '/');
    }

    /** Resolves relative paths against another folder than the process's own; for in-process tests. */
    LintCommand workingDirectory(Path folder) {
        this.workingDirectory = folder;
        return this;
    }

    private ReportFormat parseFormat() {
        for (ReportFormat candidate : ReportFormat.values()) {
            if (candidate.label().equals(format.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        usage("unknown --format '" + format + "'; expected one of: text, json, sarif, junit, github, html");
        return null;
    }

    private Severity parseFailOn() {
        try {
            return Severity.threshold(failOn.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
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

    private boolean validPlatform() {
        if (platform == null || List.of("ec2", "lambda", "ecs").contains(platform.toLowerCase(Locale.ROOT))) {
            return true;
        }
        usage("unknown --platform '" + platform + "'; expected ec2, lambda or ecs");
        return false;
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
        return !color.equals("never") && Terminal.showsColour();
    }

    private void usage(String message) {
        err().println("codestages lint: " + message);
    }

    private int fail(String message) {
        err().println("codestages lint: " + message);
        return ExitCodes.USAGE;
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
