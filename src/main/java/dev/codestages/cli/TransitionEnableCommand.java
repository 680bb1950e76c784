package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.PipelineControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code codestages transition enable STAGE}: enables the transition and continues, in this command, the
 * execution waiting there (the latest one in SUPERSEDED mode), as {@code approve} continues a decided one.
 */
@Command(name = "enable", mixinStandardHelpOptions = true,
        header = "Enable the transition into STAGE and continue the execution waiting there.",
        description = "The latest execution waiting at the transition enters STAGE and plays on in this command"
                + " (in QUEUED and PARALLEL mode every waiting one, oldest first). Exit codes as for 'run'.")
final class TransitionEnableCommand extends ContinuingCommand {

    @Mixin
    private TransitionTarget target = new TransitionTarget();

    @Override
    Path storeDir() {
        return target.storeDir();
    }

    @Override
    List<ExecutionState> proceed(PipelineControl control) throws IOException, InterruptedException {
        return control.enableTransition(target.pipeline(), target.stage);
    }

    @Override
    void noneContinued(PrintWriter out) {
        out.println("The transition into " + target.stage + " is enabled; no execution waited there.");
    }
}
