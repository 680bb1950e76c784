package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import dev.codestages.pipeline.Status;

/** The exit code of a command that played an execution, from where the execution stands. */
final class ExecutionExit {

    private ExecutionExit() {
    }

    /**
     * The exit code, and on {@code err} what a waiting execution waits for and how to continue it: a decision
     * on its approvals, or the enabling of the transition it waits at.
     */
    static int reported(ExecutionState execution, String command, java.io.PrintWriter err) {
        int code = of(execution);
        if (code == ExitCodes.WAITING) {
            String id = execution.executionId();
            if (execution.waitingAt() != null) {
                err.println(command + ": execution " + id + " waits at the disabled transition into "
                        + execution.waitingAt() + "; continue it with 'codestages transition enable "
                        + execution.waitingAt() + "'");
            } else if (execution.queuedAt() != null) {
                err.println(command + ": execution " + id + " waits to enter " + execution.queuedAt() + ", which another"
                        + " execution holds; it goes on when that one leaves the stage (approve, reject or stop it)");
            } else if (!execution.pendingApprovals().isEmpty()) {
                err.println(command + ": execution " + id + " waits at " + String.join(", ", execution.pendingApprovals())
                        + "; decide with 'codestages approve " + id + "' or 'codestages reject " + id + "'");
            }
        }
        err.flush();
        return code;
    }

    static int of(ExecutionState execution) {
        Status status = execution.status();
        if (status == Status.SUCCEEDED) {
            return ExitCodes.OK;
        }
        return status == Status.IN_PROGRESS || status == Status.STOPPING ? ExitCodes.WAITING : ExitCodes.FINDINGS;
    }
}
