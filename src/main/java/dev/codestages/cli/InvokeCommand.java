package dev.codestages.cli;

import dev.codestages.codedeploy.lambda.FunctionAnswer;
import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.codedeploy.lambda.LocalFunctions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages invoke}: runs a local function once, routed by its alias's weights, as Lambda's Invoke. */
@Command(name = "invoke", mixinStandardHelpOptions = true,
        header = "Invoke a local Lambda function (FUNCTION, FUNCTION:ALIAS or FUNCTION:VERSION).",
        description = "Runs the function with the event JSON on standard input: a --function command, else the"
                + " --template's function of that name (unqualified), else the chosen version of the local store; an"
                + " alias that splits traffic picks a version by its weights. Prints the function's answer on standard output"
                + " and, on standard error, its log and the version that answered.")
final class InvokeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FUNCTION[:QUALIFIER]", description = "the function, with an alias or a version")
    private String target;

    @Option(names = "--payload", paramLabel = "JSON", description = "the event (default: {})")
    private String payload = "{}";

    // SplittableRandom, not Random: Random's first draw is nearly the same for seeds 1, 2, 3, ...
    @Option(names = "--seed", paramLabel = "N", description = "seed the draw between an alias's versions (repeatable runs)")
    private Long seed;

    @Option(names = "--function", paramLabel = "NAME=COMMAND", description = "run function NAME as this local command")
    private List<String> functions = List.of();

    @Option(names = "--template", paramLabel = "FILE", description = "a CloudFormation template whose"
            + " AWS::Lambda::Function / AWS::Serverless::Function with local code (a folder or inline) can answer")
    private Path template;

    @Mixin
    private LambdaStoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Map<String, String> commands = RunCommand.pairs("--function", functions, "NAME=COMMAND");
            if (template != null && !Files.isRegularFile(template)) {
                throw new IllegalArgumentException("--template: '" + template + "' is not a file");
            }
            // inline code has no action work folder here: it is written under .codestages/invoke
            LocalFunctions local = LocalFunctions.of(commands, template, store.project(),
                    store.store().root().resolveSibling("invoke"),
                    store.store(), seed == null ? new SplittableRandom() : new SplittableRandom(seed));
            FunctionAnswer answer = local.invoke(target, payload, Map.of());
            out.print(answer.answer());
            out.flush();
            err.print(answer.log());
            err.println(answer.function() + " version " + answer.executedVersion() + " answered"
                    + (answer.succeeded() ? "" : " with a function error (exit status " + answer.exitCode() + ")"));
            return answer.succeeded() ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (LambdaException | IOException | IllegalArgumentException e) {
            err.println("codestages invoke: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("codestages invoke: interrupted; the function was stopped");
            return ExitCodes.USAGE;
        }
    }
}
