package dev.codestages.codedeploy.lambda;

import java.util.List;

/**
 * How an AllowTraffic ended: the steps applied, in order, and, when it was stopped before the last one, why
 * (then the alias is back on the current version).
 *
 * @param stopReason null when every step was applied
 */
public record ShiftOutcome(List<AppliedTrafficStep> steps, String stopReason) {

    /** True when the new version got all the traffic. */
    public boolean completed() {
        return stopReason == null;
    }
}
