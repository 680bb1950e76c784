package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.PipelineControl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code codestages retry EXECUTION_ID --stage NAME [--all-actions]}: reruns the failed actions of a failed
 * stage (or all of them) in the same execution and continues it, as RetryStageExecution does
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-retry.html).
 */
@Command(name = "retry", mixinStandardHelpOptions = true,
        header = "Retry a failed stage of an execution and continue that same execution.",
        description = "Reruns the failed actions of the stage (FAILED_ACTIONS), or all its actions with --all-actions"
                + " (ALL_ACTIONS); actions that succeeded keep their result. Refused, as in AWS, when the execution is"
                + " not Failed or Stopped, the stage did not fail, a newer execution has entered the stage, or the"
                + " pipeline's stages changed.")
final class RetryCommand extends ContinuingCommand {

    @Parameters(paramLabel = "EXECUTION_ID", description = "the execution, as 'run' and 'history' show it")
    private String executionId;

    @Option(names = "--stage", paramLabel = "NAME", required = true, description = "the failed stage to retry")
    private String stage;

    @Option(names = "--all-actions", description = "rerun every action of the stage, not only the failed ones")
    private boolean allActions;

    @Mixin
    private StoreOption store = new StoreOption();

    @Override
    Path storeDir() {
        return store.dir();
    }

    @Override
    List<ExecutionState> proceed(PipelineControl control) throws IOException, InterruptedException {
        return List.of(control.retry(executionId, stage, allActions));
    }
}
