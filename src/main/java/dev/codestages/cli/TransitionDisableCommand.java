package dev.codestages.cli;

import dev.codestages.engine.PipelineControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code codestages transition disable STAGE [--reason TEXT]}: executions that reach STAGE wait in front of it. */
@Command(name = "disable", mixinStandardHelpOptions = true,
        header = "Disable the transition into STAGE: executions that reach it wait there (InProgress).",
        description = "In SUPERSEDED mode a newer execution that reaches the transition supersedes an older one"
                + " waiting there. 'codestages transition enable STAGE' lets the waiting execution in.")
final class TransitionDisableCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TransitionTarget target = new TransitionTarget();

    @Option(names = "--reason", paramLabel = "TEXT", description = "why (letters, digits, spaces and !@().*?-; default: Disabled locally)")
    private String reason = "Disabled locally";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PipelineControl control = ControlSession.quiet(target.storeDir(), new LiveView(out, false));
            control.disableTransition(target.pipeline(), target.stage, reason);
        } catch (IOException | IllegalArgumentException e) {
            err.println("codestages transition disable: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("The transition into " + target.stage + " is disabled (" + reason + "); executions that reach it"
                + " wait. 'codestages transition enable " + target.stage + "' lets them in.");
        out.flush();
        return ExitCodes.OK;
    }
}
