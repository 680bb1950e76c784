package dev.codestages.cli;

import dev.codestages.engine.ApprovalDecider;
import picocli.CommandLine.Command;

/** {@code codestages approve EXECUTION_ID}: approves a waiting manual approval and continues the execution. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        header = "Approve a manual approval and continue the same execution.")
final class ApproveCommand extends DecisionCommand {

    @Override
    ApprovalDecider.Decision decision() {
        return ApprovalDecider.Decision.APPROVED;
    }
}
