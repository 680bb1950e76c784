package dev.codestages.run;

/**
 * How a manual approval is decided: by a flag given up front, by a person at the terminal, or not at
 * all (no terminal and no flag: the run stops at the approval and says how to go on).
 */
public interface Approval {

    /** The decision for an approval action; {@code customData} is the action's CustomData, may be null. */
    Decision decide(String stage, String action, String customData);

    /** The three outcomes. */
    enum Decision { APPROVED, REJECTED, PENDING }

    static Approval fixed(Decision decision) {
        return (stage, action, customData) -> decision;
    }
}
