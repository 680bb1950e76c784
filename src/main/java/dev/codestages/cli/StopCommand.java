package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code codestages stop EXECUTION_ID [--abandon] [--reason TEXT]}: stops an execution, also one that another
 * {@code run} plays right now, as StopPipelineExecution does
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/pipelines-stop.html).
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        header = "Stop an execution: let its running actions finish, or abandon them.",
        description = "Stop and wait (default): the execution is Stopping, its running actions finish, nothing new"
                + " starts, then it is Stopped. Stop and abandon (--abandon): its running actions are Abandoned and"
                + " the commands they started are killed; the execution is Stopped. Works on an execution another"
                + " 'codestages run' plays (this command returns once that one has taken the stop up) and on one"
                + " that waits at an approval or a transition (Stopped at once, the waiting approval Abandoned).")
final class StopCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", description = "the execution, as 'run' and 'history' show it")
    private String executionId;

    @Option(names = "--abandon", description = "abandon the running actions instead of waiting for them")
    private boolean abandon;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, kept in the execution record's statusSummary")
    private String reason;

    @Mixin
    private StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LiveView view = new LiveView(spec.commandLine().getOut(), Terminal.showsColour());
        ExecutionState execution = ControlSession.perform("codestages stop", err,
                () -> ControlSession.open(store.dir(), view, Map.of()).stop(executionId, abandon, reason));
        if (execution == null) {
            return ExitCodes.USAGE;
        }
        view.summary(execution);
        return ExitCodes.OK;
    }
}
