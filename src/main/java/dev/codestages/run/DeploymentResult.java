package dev.codestages.run;

import java.util.List;

/**
 * The outcome of one local deployment: its id, whether it succeeded, each lifecycle event with its
 * scripts, why it failed, and — when it failed and rollback was on — the rollback deployment that
 * redeployed the last good revision.
 */
public record DeploymentResult(String id, StepStatus status, List<EventResult> events, String failure,
                               DeploymentResult rollback) {

    public DeploymentResult {
        events = List.copyOf(events);
    }

    public boolean succeeded() {
        return status == StepStatus.SUCCEEDED;
    }

    public boolean rolledBack() {
        return rollback != null;
    }

    /** One lifecycle event. */
    public record EventResult(String name, StepStatus status, long durationMs, List<ScriptResult> scripts) {
        public EventResult {
            scripts = List.copyOf(scripts);
        }
    }

    /** One hook script: its location in the bundle and exit code (null when it never ran to an exit). */
    public record ScriptResult(String location, Integer exitCode, String error) {
    }
}
