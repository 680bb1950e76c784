package dev.codestages.cli;

import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code transition disable} and {@code enable} act on: the inbound transition of STAGE in the pipeline
 * of the project in DIR (the folder's own, or {@code --pipeline FILE}), recorded in the project's store
 * (DIR/.codestages, or {@code --store}), as {@code run} finds them.
 */
final class TransitionTarget {

    @Parameters(index = "0", paramLabel = "STAGE", description = "the stage whose inbound transition changes")
    String stage;

    @Parameters(index = "1", paramLabel = "DIR", arity = "0..1", description = "the project folder (default: .)")
    private Path dir = Path.of(".");

    @Mixin
    private PipelineOption pipeline = new PipelineOption();

    @Option(names = "--store", paramLabel = "DIR", description = "the project's store, as given to run (default: DIR/.codestages)")
    private Path store;

    Pipeline pipeline() throws IOException {
        Path source = pipeline.sourceIn(dir.toAbsolutePath().normalize());
        return PipelineFiles.read(source, source.toString());
    }

    Path storeDir() {
        return store != null ? store.toAbsolutePath().normalize() : dir.toAbsolutePath().normalize().resolve(".codestages");
    }
}
