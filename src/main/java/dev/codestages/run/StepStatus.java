package dev.codestages.run;

/**
 * How a build phase or a lifecycle event ended; STOPPED: codestages was interrupted while it ran; TIMED_OUT:
 * the build ran past its time limit (CodeBuild's phase status TIMED_OUT, API BuildPhase.phaseStatus).
 */
public enum StepStatus {
    SUCCEEDED("Succeeded"), FAILED("Failed"), SKIPPED("Skipped"), STOPPED("Stopped"), TIMED_OUT("TimedOut");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    /** The capitalised name used in run reports, as CodePipeline writes statuses. */
    public String label() {
        return label;
    }
}
