package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.PipelineControl;
import dev.codestages.run.ProcessTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that continue executions in this process share ({@code approve}, {@code reject},
 * {@code retry}, {@code transition enable}): the local secret values, Ctrl-C ending the played execution
 * Stopped, the live view, one line on standard error and exit code 2 for a refusal, and for each execution
 * continued its summary and exit code (the worst one wins), as {@code run} gives them.
 */
abstract class ContinuingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SecretOptions secrets = new SecretOptions();

    /** The project's store of executions. */
    abstract Path storeDir();

    /** Continues executions through {@code control}; the ones it played, in order. */
    abstract List<ExecutionState> proceed(PipelineControl control) throws IOException, InterruptedException;

    /** Says that no execution was waiting to be continued; the commands that always continue one say nothing. */
    void noneContinued(PrintWriter out) {
    }

    @Override
    public final Integer call() {
        return ProcessTree.stoppingOnExit(this::play);
    }

    private Integer play() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        LiveView view = new LiveView(out, Terminal.showsColour());
        List<ExecutionState> continued = ControlSession.perform(name, err,
                () -> proceed(ControlSession.open(storeDir(), view, secrets.values())));
        if (continued == null) {
            return ExitCodes.USAGE;
        }
        if (continued.isEmpty()) {
            noneContinued(out);
            out.flush();
            return ExitCodes.OK;
        }
        int code = ExitCodes.OK;
        for (ExecutionState execution : continued) {
            view.summary(execution);
            code = Math.max(code, ExecutionExit.reported(execution, name, err));
        }
        return code;
    }
}
