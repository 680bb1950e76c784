package dev.codestages.cli;

import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.Status;

/** The exit code of a command that played an execution, from where the execution stands. */
final class ExecutionExit {

    private ExecutionExit() {
    }

    static int of(ExecutionState execution) {
        Status status = execution.status();
        if (status == Status.SUCCEEDED) {
            return ExitCodes.OK;
        }
        return status == Status.IN_PROGRESS ? ExitCodes.WAITING : ExitCodes.FINDINGS;
    }
}
