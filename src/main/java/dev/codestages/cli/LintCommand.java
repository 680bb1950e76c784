package dev.codestages.cli;

import dev.codestages.diagram.Layout;
import dev.codestages.diagram.PipelineDiagrams;
import dev.codestages.diagram.SvgRenderer;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecPaths;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.report.HtmlReport;
import dev.codestages.report.ReportFormat;
import dev.codestages.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code codestages lint}: checks buildspec, appspec and pipeline files and reports every finding.
 * It reads its options; the files come from {@link SpecPaths}, the findings from {@link Linter}, the
 * text from the {@link ReportFormat}'s writer, the file from {@link OutputOption}, the exit code from
 * {@link ExitCodes#of}. Option defaults are the fields' initial values, never picocli's
 * {@code defaultValue}: the plain path ({@link PlainLint}) runs this class without picocli.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        header = "Check buildspec, appspec and pipeline files.",
        description = "Lints the named files, and the spec files found in the named folders"
                + " (buildspec*.yml|yaml, appspec.yml|yaml|json, and any .json/.yml/.yaml file holding a"
                + " CodePipeline definition or an AWS::CodePipeline::Pipeline resource).")
final class LintCommand implements Callable<Integer> {

    private static final List<String> PLATFORMS = List.of("ec2", "lambda", "ecs");

    @Spec
    private CommandSpec spec;

    /** Set only by {@link PlainLint}, which runs without picocli; otherwise picocli's writers are used. */
    private PrintWriter out;
    private PrintWriter err;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders (default: .)")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--type", paramLabel = "KIND", description = "read every named file as KIND: buildspec, appspec or pipeline")
    private String type;

    @Mixin
    private ReportOptions report = new ReportOptions();

    @Mixin
    private OutputOption output = new OutputOption();

    @Option(names = "--bundle", paramLabel = "DIR", description = "root of the revision bundle for cross-file checks (default: the appspec's folder)")
    private Path bundle;

    @Option(names = "--platform", paramLabel = "PLATFORM",
            description = "read every appspec as PLATFORM: ec2, lambda or ecs (default: from its content)")
    private String platform;

    private Path workingDirectory = Path.of("");

    /** This command as picocli would make it for {@code lint PATH...}: every option at its default. */
    static LintCommand plain(List<Path> paths, PrintWriter out, PrintWriter err) {
        LintCommand command = new LintCommand();
        command.paths = paths;
        command.out = out;
        command.err = err;
        return command;
    }

    /** Resolves relative paths against another folder than the process's own; for in-process tests. */
    LintCommand workingDirectory(Path folder) {
        this.workingDirectory = folder;
        return this;
    }

    @Override
    public Integer call() {
        try {
            // one usage error, one line: the first, in this order
            ReportFormat format = report.format();
            Severity threshold = report.threshold();
            FileKind kind = kind();
            output.refuseInputs(givenPaths(), workingDirectory);
            boolean colour = report.colour() && output.file() == null;
            LintOptions options = new LintOptions(platform(), bundle());
            LintReport result = lint(files(kind), options);
            String text = render(result, format, colour, threshold);
            try {
                output.write(text, out(), workingDirectory);
            } catch (IOException e) {
                throw new UsageError("cannot write " + output.file() + ": " + describe(e));
            }
            return ExitCodes.of(result, threshold);
        } catch (UsageError e) {
            err().println("codestages lint: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private FileKind kind() throws UsageError {
        if (type == null) {
            return null;
        }
        FileKind kind = FileKind.fromLabel(type.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new UsageError("unknown --type '" + type + "'; expected buildspec, appspec or pipeline");
        }
        return kind;
    }

    private String platform() throws UsageError {
        if (platform == null) {
            return null;
        }
        String label = platform.toLowerCase(Locale.ROOT);
        if (!PLATFORMS.contains(label)) {
            throw new UsageError("unknown --platform '" + platform + "'; expected ec2, lambda or ecs");
        }
        return label;
    }

    private Path bundle() throws UsageError {
        if (bundle != null && !Files.isDirectory(bundle)) {
            throw new UsageError("--bundle '" + bundle + "' is not a folder");
        }
        return bundle;
    }

    private List<Path> givenPaths() {
        return paths.isEmpty() ? List.of(Path.of(".")) : paths;
    }

    private List<SpecFile> files(FileKind kind) throws UsageError {
        List<SpecFile> files;
        try {
            files = SpecPaths.collect(workingDirectory, givenPaths(), kind);
        } catch (IOException e) {
            throw new UsageError("cannot read " + describe(e));
        }
        if (files.isEmpty()) {
            throw new UsageError("no buildspec, appspec or pipeline file found under "
                    + String.join(", ", givenPaths().stream().map(Path::toString).toList()));
        }
        return files;
    }

    private static LintReport lint(List<SpecFile> files, LintOptions options) throws UsageError {
        try {
            return new Linter(options).lint(files);
        } catch (IOException e) {
            throw new UsageError("cannot read " + describe(e));
        }
    }

    private String render(LintReport result, ReportFormat format, boolean colour, Severity threshold)
            throws UsageError {
        try {
            StringBuilder text = new StringBuilder();
            ReportWriter writer = format == ReportFormat.HTML
                    ? new HtmlReport("codestages lint", diagramFor(result), Rules.infos())
                    : format.writer(colour, Rules::infos, Version.current(), threshold);
            writer.write(result, text);
            return text.toString();
        } catch (IOException e) {
            throw new UsageError("cannot write the report: " + e.getMessage());
        }
    }

    /**
     * The diagram for an HTML report: of the first pipeline file linted, else of the first folder's
     * implicit pipeline; none when neither can be drawn.
     */
    private String diagramFor(LintReport report) {
        Path source = null;
        String display = null;
        for (LintedFile file : report.files()) {
            if (file.kind() == FileKind.PIPELINE) {
                source = workingDirectory.resolve(file.path());
                display = file.path();
                break;
            }
        }
        if (source == null) {
            for (Path given : givenPaths()) {
                if (Files.isDirectory(workingDirectory.resolve(given))) {
                    source = workingDirectory.resolve(given);
                    display = given.toString();
                    break;
                }
            }
        }
        if (source == null) {
            return null;
        }
        try {
            return SvgRenderer.element(Layout.of(PipelineDiagrams.of(PipelineFiles.read(source, display))));
        } catch (IOException e) {
            return null;
        }
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
        if (e instanceof AccessDeniedException) {
            return "'" + e.getMessage() + "': permission denied";
        }
        return e.getMessage();
    }
}
