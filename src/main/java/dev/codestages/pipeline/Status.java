package dev.codestages.pipeline;

/**
 * The status words of an execution, a stage and an action, as CodePipeline's console and
 * {@code GetPipelineState} write them: the one list the engine records and the diagram colours (the
 * colours and marks stay in {@code diagram}). {@link #STUBBED} is codestages' own: an action a
 * {@code --stub} stood in for, never shown as Succeeded because nothing was played.
 */
public enum Status {
    IN_PROGRESS("InProgress"),
    /** Asked to stop, still ending its running actions (pipelines-stop.html: "Stop and wait"). */
    STOPPING("Stopping"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    STOPPED("Stopped"),
    SUPERSEDED("Superseded"),
    STUBBED("Stubbed"),
    SKIPPED("Skipped"),
    ABANDONED("Abandoned"),
    /** A rejected approval in the version 1 run reports; the engine records a rejection as Failed. */
    REJECTED("Rejected");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status whose label is {@code label}; null for null or an unknown word. */
    public static Status of(String label) {
        for (Status status : values()) {
            if (status.label.equals(label)) {
                return status;
            }
        }
        return null;
    }

    /** True once nothing more will happen to it. */
    public boolean isFinal() {
        return this != IN_PROGRESS && this != STOPPING;
    }
}
