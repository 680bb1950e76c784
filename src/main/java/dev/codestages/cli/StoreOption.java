package dev.codestages.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option of the commands that read or continue executions: where {@code run} kept them. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "the project's store, as given to run (default: $CODESTAGES_STORE, else ./.codestages)")
    private Path store;

    Path dir() {
        return store != null ? store : defaultStore();
    }

    /**
     * {@code CODESTAGES_STORE} when set (a build that {@code run} plays gets it, so that its commands act on the
     * execution's store), else {@code ./.codestages}.
     */
    static Path defaultStore() {
        String set = System.getenv("CODESTAGES_STORE");
        return set != null && !set.isBlank() ? Path.of(set) : Path.of(".codestages");
    }
}
