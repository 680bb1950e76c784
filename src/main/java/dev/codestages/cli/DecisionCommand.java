package dev.codestages.cli;

import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.PipelineControl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code approve} and {@code reject} share: decide a waiting approval of an execution and continue
 * that same execution (same id, nothing rebuilt), as PutApprovalResult does in CodePipeline
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals-approve-or-reject.html).
 */
abstract class DecisionCommand extends ContinuingCommand {

    @Parameters(paramLabel = "EXECUTION_ID", description = "the execution, as 'run' and 'history' show it")
    private String executionId;

    @Option(names = "--action", paramLabel = "STAGE/ACTION", description = "the approval (needed when several wait)")
    private String action;

    @Option(names = "--comment", paramLabel = "TEXT", description = "the reviewer's summary, kept in the execution record")
    private String comment;

    @Mixin
    private StoreOption store = new StoreOption();

    abstract ApprovalDecider.Decision decision();

    @Override
    Path storeDir() {
        return store.dir();
    }

    @Override
    List<ExecutionState> proceed(PipelineControl control) throws IOException, InterruptedException {
        return List.of(decision() == ApprovalDecider.Decision.APPROVED ? control.approve(executionId, action, comment)
                : control.reject(executionId, action, comment));
    }
}
