package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.ExecutionStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code codestages history}: the project's executions, newest first, as the console's execution history lists them. */
@Command(name = "history", mixinStandardHelpOptions = true, header = "List the executions, newest first.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<ExecutionState> executions = new ExecutionStore(store.dir()).history();
            if (executions.isEmpty()) {
                out.println("No executions yet in " + store.dir() + ".");
            }
            for (ExecutionState execution : executions) {
                out.println(execution.executionId() + "  " + String.format("%-11s", execution.status().label()) + "  "
                        + (execution.startTime() == null ? "-" : TIME.format(execution.startTime())) + "  "
                        + execution.pipelineName());
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("codestages history: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
