package dev.codestages.cli;

import dev.codestages.diagram.AsciiRenderer;
import dev.codestages.diagram.DiagramFormat;
import dev.codestages.diagram.DiagramModel;
import dev.codestages.diagram.DiagramPicture;
import dev.codestages.diagram.Direction;
import dev.codestages.diagram.PipelineDiagrams;
import dev.codestages.diagram.PipelinePictures;
import dev.codestages.diagram.RunStatuses;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Rules;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecFinder;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages diagram}: draws the pipeline as SVG, Mermaid, Graphviz DOT, ASCII or an HTML page. */
@Command(name = "diagram", mixinStandardHelpOptions = true, header = "Draw the pipeline.",
        description = "Draws the pipeline of a definition file (--pipeline: CodePipeline JSON/YAML or a CloudFormation"
                + " template), or the implicit pipeline of DIR (its git source, buildspec, approval and appspec)."
                + " With --report, stages and actions are coloured by that run.")
final class DiagramCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the project folder (default: .)")
    private Path dir = Path.of(".");

    @Mixin
    private PipelineOption pipeline = new PipelineOption();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, mermaid, dot, ascii or html (default: svg with --output, ascii on a terminal)")
    private String format;

    @Mixin
    private OutputOption output = new OutputOption();

    @Option(names = "--report", paramLabel = "FILE", description = "a run report (codestages run --report) to colour by")
    private Path report;

    @Option(names = "--direction", paramLabel = "DIR", description = "LR (left to right, the default) or TB (top to"
            + " bottom, as the CodePipeline console draws; for long pipelines)")
    private String direction = "LR";

    @Option(names = "--name", paramLabel = "NAME", description = "the pipeline to draw, by name, when the file"
            + " defines several (default: every one in HTML and ASCII, the first in the other formats)")
    private String name;

    @Option(names = "--width", paramLabel = "N", description = "columns for --format ascii (default: $COLUMNS, else 80)")
    private Integer width;

    @Override
    public Integer call() {
        Direction chosenDirection = Direction.of(direction);
        if (chosenDirection == null) {
            return fail("unknown --direction '" + direction + "'; expected LR or TB");
        }
        if (width != null && width < AsciiRenderer.MIN_WIDTH) {
            return fail("--width " + width + " is too narrow; give at least " + AsciiRenderer.MIN_WIDTH);
        }
        DiagramFormat chosen = format == null ? (output.file() == null ? DiagramFormat.ASCII : DiagramFormat.SVG)
                : DiagramFormat.of(format);
        if (chosen == null) {
            return fail("unknown --format '" + format + "'; expected svg, mermaid, dot, ascii or html");
        }
        Path source = pipeline.sourceIn(dir);
        if (!Files.exists(source)) {
            return fail("cannot read '" + source + "': no such file or directory");
        }
        try {
            List<Pipeline> models = chosenPipelines(PipelineFiles.readAll(source, source.toString()), source, chosen);
            RunStatuses statuses = runStatuses();
            List<DiagramModel> diagrams = models.stream().map(m -> PipelineDiagrams.of(m, statuses)).toList();
            int columns = width == null ? terminalWidth() : width;
            String text = chosen == DiagramFormat.HTML ? html(diagrams, source, chosenDirection)
                    : String.join("\n", diagrams.stream().map(d -> chosen.render(d, chosenDirection, columns)).toList());
            output.write(text, spec.commandLine().getOut(), Path.of(""));
            return ExitCodes.OK;
        } catch (IOException e) {
            return fail(e.getMessage());
        }
    }

    /**
     * The statuses of {@code --report}'s run; a file that is not a run report is named with what to do,
     * never with the JSON parser's message, which speaks of tokens and byte offsets.
     */
    private RunStatuses runStatuses() throws IOException {
        if (report == null) {
            return RunStatuses.NONE;
        }
        String text;
        try {
            text = Files.readString(report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read --report '" + report + "'"
                    + (Files.exists(report) ? "" : ": no such file or directory"), e);
        }
        try {
            return RunStatuses.parse(text);
        } catch (IOException e) {
            throw new IOException("not a run report: --report '" + report + "' is not the JSON file that"
                    + " 'codestages run --report FILE' writes", e);
        }
    }

    /**
     * The pipelines to draw: the one {@code --name} names; else all of them where a format shows several
     * (HTML, ASCII), or the first, with a note naming the others and {@code --name}.
     */
    private List<Pipeline> chosenPipelines(List<Pipeline> all, Path source, DiagramFormat chosen) throws IOException {
        List<String> names = all.stream().map(DiagramCommand::nameOf).toList();
        if (name != null) {
            int at = names.indexOf(name);
            if (at < 0) {
                throw new IOException("no pipeline named '" + name + "' in " + source + "; it defines: "
                        + String.join(", ", names));
            }
            return List.of(all.get(at));
        }
        if (all.size() == 1 || chosen == DiagramFormat.HTML || chosen == DiagramFormat.ASCII) {
            return all;
        }
        spec.commandLine().getErr().println("codestages diagram: " + source + " defines " + all.size()
                + " pipelines (" + String.join(", ", names) + "); drew '" + names.get(0)
                + "', choose another with --name");
        return List.of(all.get(0));
    }

    /** The pipeline's name; for a CloudFormation resource without one, its logical id. */
    private static String nameOf(Pipeline pipeline) {
        return pipeline.name().isPresent() ? pipeline.name().text()
                : pipeline.origin().resource().isEmpty() ? "pipeline" : pipeline.origin().resource();
    }

    /** The HTML page: the diagrams and the findings of the files they were drawn from. */
    private String html(List<DiagramModel> diagrams, Path source, Direction chosenDirection) throws IOException {
        List<SpecFile> files = Files.isDirectory(source) ? SpecFinder.find(source) : List.of(SpecFile.of(source));
        LintReport findings = new Linter().lint(files);
        StringBuilder page = new StringBuilder();
        List<DiagramPicture> pictures = PipelinePictures.of(diagrams, source.toString(), chosenDirection);
        String title = diagrams.size() == 1 ? "Pipeline " + diagrams.get(0).title() : "Pipelines of " + source;
        new HtmlReport(title, pictures, Rules.infos()).write(findings, page);
        return page.toString();
    }

    /** The terminal's width from $COLUMNS (shells set it), else the ASCII default. */
    private static int terminalWidth() {
        try {
            return Math.max(AsciiRenderer.MIN_WIDTH, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "")));
        } catch (NumberFormatException e) {
            return AsciiRenderer.DEFAULT_WIDTH;
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("codestages diagram: " + message);
        return ExitCodes.USAGE;
    }
}
