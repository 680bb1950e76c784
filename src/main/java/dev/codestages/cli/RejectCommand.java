package dev.codestages.cli;

import dev.codestages.engine.ApprovalDecider;
import picocli.CommandLine.Command;

/** {@code codestages reject EXECUTION_ID}: rejects a waiting approval, which fails the action and the execution. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        header = "Reject a manual approval: the action, its stage and the execution fail, as in AWS.")
final class RejectCommand extends DecisionCommand {

    @Override
    ApprovalDecider.Decision decision() {
        return ApprovalDecider.Decision.REJECTED;
    }
}
