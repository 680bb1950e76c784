package dev.codestages.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option of the commands that read or continue executions: where {@code run} kept them. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "the project's store, as given to run (default: ./.codestages)")
    private Path store;

    Path dir() {
        return store != null ? store : Path.of(".codestages");
    }
}
