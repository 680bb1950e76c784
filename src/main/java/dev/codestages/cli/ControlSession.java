package dev.codestages.cli;

import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.EngineClock;
import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.PipelineControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The control facade as a command that continues executions uses it ({@code approve}, {@code reject},
 * {@code retry}, {@code transition enable}, {@code stop}): the terminal's view, the local secret values,
 * approvals asked at a terminal (left waiting without one), and Ctrl-C ending the played execution Stopped.
 */
final class ControlSession {

    private ControlSession() {
    }

    /** A control for commands that play nothing (status, transition disable): no secrets, no terminal prompt. */
    static PipelineControl quiet(Path storeDir, LiveView view) {
        return new PipelineControl(new ExecutionEngine(storeDir, EngineClock.system(1), view, Map.of(),
                ApprovalDecider.PENDING));
    }

    static PipelineControl open(Path storeDir, LiveView view, Map<String, String> secrets) {
        ExecutionEngine engine = new ExecutionEngine(storeDir, EngineClock.system(1), view, secrets,
                System.console() == null ? ApprovalDecider.PENDING : view::ask);
        engine.stopOnExit();
        return new PipelineControl(engine);
    }

    /** One call of the facade. */
    interface Operation<T> {
        T call() throws IOException, InterruptedException;
    }

    /**
     * Calls {@code operation}; a refusal or bad input becomes one line on {@code err} under the command's
     * name and a null result (the command exits 2).
     */
    static <T> T perform(String command, PrintWriter err, Operation<T> operation) {
        try {
            return operation.call();
        } catch (IOException | IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(command + ": interrupted");
        }
        return null;
    }
}
