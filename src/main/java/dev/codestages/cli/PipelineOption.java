package dev.codestages.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --pipeline FILE} option of the commands that take a pipeline: the file, else the folder's own. */
final class PipelineOption {

    @Option(names = "--pipeline", paramLabel = "FILE", description = "a CodePipeline definition (JSON or YAML) or a"
            + " CloudFormation template (default: the folder's implicit pipeline)")
    private Path file;

    /** What to read the pipeline from: the file given, else {@code folder} (its implicit pipeline). */
    Path sourceIn(Path folder) {
        return file != null ? file : folder;
    }
}
