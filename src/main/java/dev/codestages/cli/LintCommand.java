package dev.codestages.cli;

import dev.codestages.diagram.DiagramPicture;
import dev.codestages.diagram.Direction;
import dev.codestages.diagram.PipelinePictures;
import dev.codestages.config.ConfigException;
import dev.codestages.config.ConfigFile;
import dev.codestages.config.ConfigReader;
import dev.codestages.config.ProjectConfig;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.FileResult;
import dev.codestages.lint.Finding;
import dev.codestages.lint.KindDetector;
import dev.codestages.lint.LintListener;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.PlaceholderPolicy;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecPaths;
import dev.codestages.lint.SpecSource;
import dev.codestages.report.HtmlReport;
import dev.codestages.report.ReportFiles;
import dev.codestages.report.ReportFormat;
import dev.codestages.report.ReportStream;
import dev.codestages.report.ReportWriter;
import dev.codestages.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code codestages lint}: checks buildspec, appspec and pipeline files and reports every finding.
 * It reads its options; the files come from {@link SpecPaths} as the linter asks for them, each file's
 * findings from {@link Linter} as soon as they are final, and go on at once to the {@link ReportFormat}'s
 * writer, which writes to standard output or to the file of {@link OutputOption} (whole or not at all,
 * {@link ReportFiles}); the exit code comes from the findings at or above {@code --fail-on}. Option defaults are the fields' initial values, never picocli's
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

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "files, folders or glob patterns such as 'ci/*.yml' (default: .); - reads standard input")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "the name of the file read from standard input (-): findings name it, and it tells the kind")
    private String stdinFilename;

    @Option(names = "--quiet", description = "report errors only (--fail-on still sees every finding)")
    private boolean quiet;

    @Option(names = "--config", paramLabel = "FILE",
            description = "read the configuration from FILE (default: the first .codestages.yml from the linted path"
                    + " up to the repository root)")
    private Path config;

    @Option(names = "--no-config", description = "read no configuration file")
    private boolean noConfig;

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
    private InputStream stdin = System.in;

    /** The name of standard input in findings when {@code --stdin-filename} does not give one. */
    static final String STDIN = "<stdin>";

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

    /** Reads {@code -} from another stream than the process's standard input; for in-process tests. */
    LintCommand stdin(InputStream in) {
        this.stdin = in;
        return this;
    }

    @Override
    public Integer call() {
        try {
            // one usage error, one line: the first, in this order
            ProjectConfig project = projectConfig();
            ReportFormat format = report.format();
            Severity threshold = report.threshold(project == null ? null : project.failOn());
            FileKind kind = kind();
            output.refuseInputs(givenPaths(), workingDirectory);
            boolean colour = report.colour() && output.file() == null;
            LintOptions options = new LintOptions(platform(project), bundle(project), project,
                    project == null || project.placeholders() == null ? null
                            : PlaceholderPolicy.fromLabel(project.placeholders()));
            Linter linter = new Linter(options);
            SpecSource files = files(kind, project, linter);
            ReportRun run = new ReportRun(format, colour, threshold);
            try (ReportFiles.Pending file = output.file() == null ? null
                    : ReportFiles.open(workingDirectory.resolve(output.file()))) {
                run.to(file == null ? out() : file.writer());
                lint(linter, files, run);
                try {
                    run.finish();
                    if (file != null) {
                        file.commit();
                    }
                } catch (IOException e) {
                    throw new UsageError("cannot write " + (file == null ? "the report" : output.file()) + ": "
                            + describe(e));
                }
            } catch (IOException e) {
                throw new UsageError("cannot write " + output.file() + ": " + describe(e));
            }
            return run.exceeded ? ExitCodes.FINDINGS : ExitCodes.OK;
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

    /**
     * The project's configuration: {@code --config}'s file, else the one {@link ConfigFile#find} finds from
     * the first linted path; null with {@code --no-config} or when there is none.
     */
    private ProjectConfig projectConfig() throws UsageError {
        if (noConfig) {
            return null;
        }
        Path file = config != null ? workingDirectory.resolve(config) : null;
        if (file == null) {
            Path first = null;
            for (Path given : givenPaths()) {
                if (first == null && !given.toString().equals("-")) {
                    first = given;
                }
            }
            if (first == null) {
                first = stdinFilename != null ? Path.of(stdinFilename) : Path.of(".");
            }
            file = ConfigFile.find(workingDirectory.resolve(PathPatterns.base(first))).orElse(null);
        }
        if (file == null) {
            return null;
        }
        String display = config != null ? config.toString() : displayOf(file);
        if (config != null && !Files.isRegularFile(file)) {
            throw new UsageError("--config '" + config + "' is not a file");
        }
        try {
            return ConfigReader.read(file, display);
        } catch (IOException e) {
            throw new UsageError("cannot read " + describe(e));
        } catch (ConfigException e) {
            throw new UsageError("invalid configuration:\n" + e.getMessage());
        }
    }

    /** A found configuration's path as the user would write it: relative to the working folder when below it. */
    private String displayOf(Path file) {
        Path here = workingDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private String platform(ProjectConfig project) throws UsageError {
        if (platform == null) {
            return project == null ? null : project.platform();
        }
        String label = platform.toLowerCase(Locale.ROOT);
        if (!PLATFORMS.contains(label)) {
            throw new UsageError("unknown --platform '" + platform + "'; expected ec2, lambda or ecs");
        }
        return label;
    }

    private Path bundle(ProjectConfig project) throws UsageError {
        if (bundle != null && !Files.isDirectory(bundle)) {
            throw new UsageError("--bundle '" + bundle + "' is not a folder");
        }
        if (bundle == null && project != null && project.bundle() != null) {
            if (!Files.isDirectory(project.bundle())) {
                throw new UsageError("the configuration's bundle '" + project.bundle() + "' is not a folder");
            }
            return project.bundle();
        }
        return bundle;
    }

    private List<Path> givenPaths() {
        return paths.isEmpty() ? List.of(Path.of(".")) : paths;
    }

    /**
     * The files to lint, found as the linter asks for them: standard input for {@code -} (given to
     * {@code linter} as its content), the files of the other paths, patterns expanded; without those the
     * configuration ignores. Every path is checked, and the first file found, before anything is linted.
     */
    private SpecSource files(FileKind kind, ProjectConfig project, Linter linter) throws UsageError {
        List<SpecFile> stdin = new ArrayList<>(1);
        List<Path> onDisk = new ArrayList<>();
        for (Path given : givenPaths()) {
            if (given.toString().equals("-")) {
                stdin.add(stdinFile(kind, linter));
            } else {
                onDisk.addAll(PathPatterns.expand(workingDirectory, given));
            }
        }
        SpecSource found;
        try {
            found = onDisk.isEmpty() ? () -> null : SpecPaths.walk(workingDirectory, onDisk, kind);
        } catch (IOException e) {
            throw new UsageError("cannot read " + describe(e));
        }
        GivenFiles all = new GivenFiles(stdin, found, project);
        try {
            if (all.peek() == null) {
                throw new UsageError("no buildspec, appspec or pipeline file found under "
                        + String.join(", ", givenPaths().stream().map(Path::toString).toList()));
            }
        } catch (IOException e) {
            throw new UsageError("cannot read " + describe(e));
        }
        return all;
    }

    /** Standard input first, then the files found on disk, less the files the configuration ignores. */
    private static final class GivenFiles implements SpecSource {
        private final List<SpecFile> stdin;
        private final SpecSource found;
        private final ProjectConfig project;
        private int stdinNext;
        private boolean done;
        private SpecFile peeked;

        GivenFiles(List<SpecFile> stdin, SpecSource found, ProjectConfig project) {
            this.stdin = stdin;
            this.found = found;
            this.project = project;
        }

        /** The file {@link #next} will give, found now. */
        SpecFile peek() throws IOException {
            if (peeked == null) {
                peeked = next();
            }
            return peeked;
        }

        @Override
        public SpecFile next() throws IOException {
            if (peeked != null) {
                SpecFile file = peeked;
                peeked = null;
                return file;
            }
            while (!done) {
                SpecFile file = stdinNext < stdin.size() ? stdin.get(stdinNext++) : found.next();
                if (file == null) {
                    done = true;
                } else if (project == null || !project.ignores(file.path())) {
                    return file;
                }
            }
            return null;
        }

        @Override
        public boolean closed(Path folder) {
            return done || stdinNext == stdin.size() && (peeked == null || !folder.equals(folderOf(peeked)))
                    && found.closed(folder);
        }

        @Override
        public boolean finished(Path folder) {
            return done || stdinNext == stdin.size() && (peeked == null || !folderOf(peeked).startsWith(folder))
                    && found.finished(folder);
        }

        private static Path folderOf(SpecFile file) {
            return file.path().toAbsolutePath().normalize().getParent();
        }
    }

    /** Standard input as a file: named by {@code --stdin-filename}, of the kind that name or {@code --type} says. */
    private SpecFile stdinFile(FileKind kind, Linter linter) throws UsageError {
        String name = stdinFilename != null ? stdinFilename : STDIN;
        byte[] content;
        try {
            content = stdin.readAllBytes();
        } catch (IOException e) {
            throw new UsageError("cannot read standard input: " + describe(e));
        }
        Path path = workingDirectory.resolve(stdinFilename != null ? stdinFilename : STDIN);
        SpecFile file = new SpecFile(path, name, kind != null ? kind : KindDetector.byName(path));
        linter.withContent(file, content);
        return file;
    }

    private static void lint(Linter linter, SpecSource files, ReportRun run) throws UsageError {
        try {
            linter.lint(files, run);
        } catch (IOException e) {
            throw new UsageError(e == run.writeFailure ? "cannot write the report: " + describe(e)
                    : "cannot read " + describe(e));
        }
    }

    /**
     * The report as the files come: each file's result goes to the format's writer, which is opened at
     * the first file (a run that fails before it writes nothing), less what {@code --quiet} leaves out;
     * {@code --fail-on} sees every finding. For HTML, the pipelines linted are drawn at the end.
     */
    private final class ReportRun implements LintListener {
        private final ReportFormat format;
        private final boolean colour;
        private final Severity threshold;
        private final Map<Path, String> pipelines = new LinkedHashMap<>();
        private Appendable out;
        private ReportStream stream;
        boolean exceeded;
        /** The failure of the report's writer, told apart from a file that could not be read. */
        IOException writeFailure;

        ReportRun(ReportFormat format, boolean colour, Severity threshold) {
            this.format = format;
            this.colour = colour;
            this.threshold = threshold;
        }

        void to(Appendable out) {
            this.out = out;
        }

        @Override
        public void file(FileResult result) throws IOException {
            for (Finding finding : result.findings()) {
                exceeded |= threshold != null && finding.severity().atLeast(threshold);
            }
            if (format == ReportFormat.HTML && result.linted() && result.kind() == FileKind.PIPELINE) {
                pipelines.put(workingDirectory.resolve(result.path()), result.path());
            }
            try {
                if (stream == null) {
                    stream = writer().open(out);
                }
                stream.file(quiet ? result.atOrAbove(Severity.ERROR) : result);
            } catch (IOException e) {
                writeFailure = e;
                throw e;
            }
        }

        void finish() throws IOException {
            stream.finish();
            if (out instanceof PrintWriter printer) {
                printer.flush();
            }
        }

        private ReportWriter writer() {
            if (format == ReportFormat.TEXT) {
                return new TextReport(colour); // without the rules' documentation, which it does not print
            }
            return format == ReportFormat.HTML
                    ? new HtmlReport("codestages lint", this::diagrams, Rules.infos())
                    : format.writer(colour, Rules::infos, Version.current(), threshold);
        }

        /** The diagrams of an HTML report: every pipeline file linted, else the implicit pipeline of each folder. */
        private List<DiagramPicture> diagrams() {
            Map<Path, String> folders = new LinkedHashMap<>();
            for (Path given : givenPaths()) {
                if (Files.isDirectory(workingDirectory.resolve(given))) {
                    folders.put(workingDirectory.resolve(given), given.toString());
                }
            }
            return PipelinePictures.draw(pipelines, folders, Direction.LR);
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
