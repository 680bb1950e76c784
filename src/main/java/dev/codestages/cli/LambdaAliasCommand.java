package dev.codestages.cli;

import dev.codestages.codedeploy.lambda.LambdaException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages lambda alias}: creates or moves an alias, as create-alias/update-alias do. */
// no mixinStandardHelpOptions: its -V/--version would clash with --version N, the alias's version
@Command(name = "alias",
        header = "Create or move an alias of a local function.",
        description = "Points ALIAS at a version; with --additional-version and --weight, that second version gets"
                + " the weight's share of the invocations (0.1 = 10%%), as an alias's RoutingConfig does.")
final class LambdaAliasCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "FUNCTION", description = "the function name")
    private String function;

    @Parameters(index = "1", paramLabel = "ALIAS", description = "the alias name ([a-zA-Z0-9-_], not all digits)")
    private String alias;

    @Option(names = "--version", required = true, paramLabel = "N", description = "the version the alias points to")
    private String version;

    @ArgGroup(exclusive = false)
    private Additional additional;

    @Mixin
    private LambdaStoreOption store;

    static final class Additional {
        @Option(names = "--additional-version", required = true, paramLabel = "M",
                description = "a second published version")
        String version;

        @Option(names = "--weight", required = true, paramLabel = "W",
                description = "its share of the invocations, 0.0 to 1.0")
        double weight;
    }

    @Override
    public Integer call() {
        try {
            var routing = additional == null ? store.store().setAlias(function, alias, version)
                    : store.store().setAlias(function, alias, version, additional.version, additional.weight);
            spec.commandLine().getOut().println(function + " " + routing.describe());
            return ExitCodes.OK;
        } catch (LambdaException | IOException e) {
            spec.commandLine().getErr().println("codestages lambda alias: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
