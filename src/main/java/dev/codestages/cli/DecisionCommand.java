package dev.codestages.cli;

import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.PipelineControl;
import dev.codestages.run.ProcessTree;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code approve} and {@code reject} share: decide a waiting approval of an execution and continue
 * that same execution (same id, nothing rebuilt), as PutApprovalResult does in CodePipeline
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals-approve-or-reject.html).
 */
abstract class DecisionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", description = "the execution, as 'run' and 'history' show it")
    private String executionId;

    @Option(names = "--action", paramLabel = "STAGE/ACTION", description = "the approval (needed when several wait)")
    private String action;

    @Option(names = "--comment", paramLabel = "TEXT", description = "the reviewer's summary, kept in the execution record")
    private String comment;

    @Mixin
    private StoreOption store = new StoreOption();

    @Mixin
    private SecretOptions secrets = new SecretOptions();

    abstract ApprovalDecider.Decision decision();

    @Override
    public Integer call() {
        return ProcessTree.stoppingOnExit(this::play);
    }

    private Integer play() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        LiveView view = new LiveView(out, Terminal.showsColour());
        ExecutionState execution = ControlSession.perform(name, err, () -> {
            PipelineControl control = ControlSession.open(store.dir(), view, secrets.values());
            return decision() == ApprovalDecider.Decision.APPROVED ? control.approve(executionId, action, comment)
                    : control.reject(executionId, action, comment);
        });
        if (execution == null) {
            return ExitCodes.USAGE;
        }
        view.summary(execution);
        return ExecutionExit.reported(execution, name, err);
    }
}
