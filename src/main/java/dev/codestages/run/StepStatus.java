package dev.codestages.run;

/** How a build phase or a lifecycle event ended; STOPPED: codestages was interrupted while it ran. */
public enum StepStatus {
    SUCCEEDED("Succeeded"), FAILED("Failed"), SKIPPED("Skipped"), STOPPED("Stopped");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    /** The capitalised name used in run reports, as CodePipeline writes statuses. */
    public String label() {
        return label;
    }
}
