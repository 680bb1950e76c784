package dev.codestages.engine;

/**
 * Decides a manual approval when an execution reaches it: a flag given to {@code run}, a person at the
 * terminal, or nobody yet ({@link Decision#PENDING}: the execution waits, InProgress, for
 * {@code codestages approve} or {@code reject}).
 */
public interface ApprovalDecider {

    /** The outcomes. */
    enum Decision { APPROVED, REJECTED, PENDING }

    /** A decision with the reviewer's summary (may be null). */
    record Answer(Decision decision, String summary) {
    }

    /**
     * Decides {@code step} ({@code Stage/Action}); {@code customData} and {@code externalEntityLink} are the
     * action's settings with variables resolved, null when not set.
     */
    Answer decide(String step, String customData, String externalEntityLink);

    /** Leaves every approval pending. */
    ApprovalDecider PENDING = (step, customData, link) -> new Answer(Decision.PENDING, null);

    static ApprovalDecider always(Decision decision, String summary) {
        return (step, customData, link) -> new Answer(decision, summary);
    }
}
