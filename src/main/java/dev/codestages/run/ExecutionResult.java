package dev.codestages.run;

import java.util.List;

/**
 * One pipeline execution, as the run report and the coloured diagram show it: the overall status
 * (Succeeded, Failed or Rejected), each stage and action with status and duration, and the
 * deployment when one ran.
 */
public record ExecutionResult(String status, String executionId, List<StageRun> stages, DeploymentResult deployment) {

    public static final String SUCCEEDED = "Succeeded";
    public static final String FAILED = "Failed";
    public static final String REJECTED = "Rejected";
    public static final String STOPPED = "Stopped";

    public ExecutionResult {
        stages = List.copyOf(stages);
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    /** One stage. */
    public record StageRun(String name, String status, List<ActionRun> actions) {
        public StageRun {
            actions = List.copyOf(actions);
        }
    }

    /** One action: status is Succeeded, Failed, Rejected, Skipped or Stopped (waiting for approval). */
    public record ActionRun(String name, String provider, String status, long durationMs, String message) {
    }
}
