package dev.codestages.cli;

import dev.codestages.engine.ExecutionJson;
import dev.codestages.engine.ExecutionState;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages status [EXECUTION_ID]}: where an execution stands (the newest one by default). */
@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show an execution: every stage and action with its status, and what waits for a decision.")
final class StatusCommand implements Callable<Integer> {

    /** The formats {@code status} writes. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID", arity = "0..1", description = "the execution (default: the newest)")
    private String executionId;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: the execution record, version 2")
    private Format format = Format.text;

    @Mixin
    private StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            // reading the status fails approvals whose timeout has passed, as AWS shows them Failed after it
            ExecutionState execution = ControlSession.quiet(store.dir(), new LiveView(out, false))
                    .status(executionId);
            if (execution == null) {
                err.println("codestages status: no execution in " + store.dir() + " yet (start one with 'codestages run')");
                return ExitCodes.USAGE;
            }
            if (format == Format.json) {
                out.print(ExecutionJson.record(execution));
            } else {
                new LiveView(out, Terminal.showsColour()).summary(execution);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("codestages status: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
