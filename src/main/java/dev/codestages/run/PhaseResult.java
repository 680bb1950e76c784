package dev.codestages.run;

import java.util.List;

/**
 * One CodeBuild phase after it ran (or was skipped): its status, duration, the commands that ran
 * (the {@code finally} commands included) and, when it failed, the message CodeBuild would show.
 */
public record PhaseResult(String name, StepStatus status, long durationMs, List<CommandResult> commands,
                          String failure) {

    public PhaseResult {
        commands = List.copyOf(commands);
    }

    static PhaseResult skipped(String name) {
        return new PhaseResult(name, StepStatus.SKIPPED, 0, List.of(), null);
    }
}
