package dev.codestages.cli;

import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.codedeploy.lambda.LambdaStore;
import dev.codestages.codedeploy.lambda.PublishedVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages lambda publish}: sets a function's code and publishes it as a version, as publish-version does. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        header = "Publish a version of a local function; prints its number.",
        description = "Sets $LATEST to the command (or the code folder and handler) and publishes it as the next"
                + " version, 1, 2, ...; unchanged code gives the last version again, as 'aws lambda publish-version'"
                + " does. Prints only the number, so a buildspec can keep it: VERSION=$(codestages lambda publish ...).")
final class LambdaPublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FUNCTION", description = "the function name ([a-zA-Z0-9-_], at most 64 characters)")
    private String function;

    @ArgGroup(multiplicity = "1")
    private Code code;

    @Mixin
    private LambdaStoreOption store;

    static final class Code {
        @Option(names = "--command", required = true, paramLabel = "COMMAND",
                description = "a shell command that reads the event JSON on standard input and prints the answer")
        String command;

        @ArgGroup(exclusive = false)
        Handler handler;
    }

    static final class Handler {
        @Option(names = "--code", required = true, paramLabel = "DIR", description = "a folder with the function's code")
        Path code;

        @Option(names = "--handler", required = true, paramLabel = "MODULE.FUNCTION",
                description = "the handler in it, as app.handler (app.py with python3 or app.js with node)")
        String handler;
    }

    @Override
    public Integer call() {
        try {
            LambdaStore lambdaStore = store.store();
            PublishedVersion version = code.command != null ? lambdaStore.publishCommand(function, code.command)
                    : lambdaStore.publishCode(function, code.handler.code, code.handler.handler);
            spec.commandLine().getOut().println(version.version());
            return ExitCodes.OK;
        } catch (LambdaException | IOException e) {
            spec.commandLine().getErr().println("codestages lambda publish: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
