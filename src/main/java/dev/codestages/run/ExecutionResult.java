package dev.codestages.run;

import java.util.List;

/**
 * One pipeline execution, as the run report and the coloured diagram show it: the overall status,
 * each stage and action with status and duration, and the deployment when one ran.
 */
public record ExecutionResult(Status status, String executionId, List<StageRun> stages, DeploymentResult deployment) {

    /**
     * How an execution, a stage or an action ended. The label is CodePipeline's word for it, the
     * value the run report writes.
     */
    public enum Status {
        SUCCEEDED("Succeeded"),
        FAILED("Failed"),
        REJECTED("Rejected"),
        /** An action not run because an earlier one in its stage did not succeed. */
        SKIPPED("Skipped"),
        /** Waiting at a manual approval that nobody answered. */
        STOPPED("Stopped");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ExecutionResult {
        stages = List.copyOf(stages);
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }

    /** One stage. */
    public record StageRun(String name, Status status, List<ActionRun> actions) {
        public StageRun {
            actions = List.copyOf(actions);
        }
    }

    /** One action, with the message that says why it did not succeed (null when it did). */
    public record ActionRun(String name, String provider, Status status, long durationMs, String message) {
    }
}
