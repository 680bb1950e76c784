package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import dev.codestages.run.ProcessTree;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code codestages transition enable STAGE}: enables the transition and continues, in this command, the
 * execution waiting there (the latest one in SUPERSEDED mode), as {@code approve} continues a decided one.
 */
@Command(name = "enable", mixinStandardHelpOptions = true,
        header = "Enable the transition into STAGE and continue the execution waiting there.",
        description = "The latest execution waiting at the transition enters STAGE and plays on in this command"
                + " (in QUEUED and PARALLEL mode every waiting one, oldest first). Exit codes as for 'run'.")
final class TransitionEnableCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TransitionTarget target = new TransitionTarget();

    @Mixin
    private SecretOptions secrets = new SecretOptions();

    @Override
    public Integer call() {
        return ProcessTree.stoppingOnExit(this::play);
    }

    private Integer play() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LiveView view = new LiveView(out, Terminal.showsColour());
        List<ExecutionState> continued = ControlSession.perform("codestages transition enable", err,
                () -> ControlSession.open(target.storeDir(), view, secrets.values())
                        .enableTransition(target.pipeline(), target.stage));
        if (continued == null) {
            return ExitCodes.USAGE;
        }
        if (continued.isEmpty()) {
            out.println("The transition into " + target.stage + " is enabled; no execution waited there.");
            out.flush();
            return ExitCodes.OK;
        }
        int code = ExitCodes.OK;
        for (ExecutionState execution : continued) {
            view.summary(execution);
            code = Math.max(code, ExecutionExit.reported(execution, "codestages transition enable", err));
        }
        return code;
    }
}
