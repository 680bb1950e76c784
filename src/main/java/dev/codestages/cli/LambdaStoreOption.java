package dev.codestages.cli;

import dev.codestages.codedeploy.lambda.LambdaStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option of the Lambda commands: the {@code .codestages} folder whose {@code lambda/} they use. */
final class LambdaStoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "the .codestages folder (default: $CODESTAGES_STORE, else .codestages)")
    private Path store = StoreOption.defaultStore();

    LambdaStore store() {
        return LambdaStore.in(store);
    }

    /** The project folder, where a function's command runs: the one that holds the store. */
    Path project() {
        return store.toAbsolutePath().normalize().getParent();
    }
}
