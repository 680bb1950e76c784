package dev.codestages.cli;

import dev.codestages.codedeploy.lambda.FunctionAnswer;
import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.codedeploy.lambda.LambdaInvoker;
import dev.codestages.codedeploy.lambda.QualifiedName;
import java.io.IOException;
import java.io.PrintWriter;
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
        description = "Runs the chosen version's command with the event JSON on standard input. An alias that"
                + " splits traffic picks a version by its weights. Prints the function's answer on standard output"
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

    @Mixin
    private LambdaStoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LambdaInvoker invoker = new LambdaInvoker(store.store(), store.project(),
                seed == null ? new SplittableRandom() : new SplittableRandom(seed));
        try {
            FunctionAnswer answer = invoker.invoke(QualifiedName.parse(target), payload);
            out.print(answer.answer());
            out.flush();
            err.print(answer.log());
            err.println(answer.function() + " version " + answer.executedVersion() + " answered"
                    + (answer.succeeded() ? "" : " with a function error (exit status " + answer.exitCode() + ")"));
            return answer.succeeded() ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (LambdaException | IOException e) {
            err.println("codestages invoke: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("codestages invoke: interrupted; the function was stopped");
            return ExitCodes.USAGE;
        }
    }
}
