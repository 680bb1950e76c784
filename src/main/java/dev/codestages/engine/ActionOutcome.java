package dev.codestages.engine;

import dev.codestages.pipeline.Status;
import java.util.List;
import java.util.Map;

/**
 * How playing one action ended: its status, the failure (null when none), the variables it produced,
 * and the build phases or deployment it played (null when it played none).
 */
record ActionOutcome(Status status, ActionState.Error error, Map<String, String> outputVariables,
                     List<ActionState.Phase> phases, ActionState.Deployment deployment) {

    ActionOutcome {
        outputVariables = Map.copyOf(outputVariables);
    }

    static ActionOutcome succeeded(Map<String, String> outputVariables) {
        return new ActionOutcome(Status.SUCCEEDED, null, outputVariables, null, null);
    }

    /** A failure of the work itself: CodePipeline's {@code JobFailed}. */
    static ActionOutcome failed(String message) {
        return failed("JobFailed", message);
    }

    static ActionOutcome failed(String code, String message) {
        return new ActionOutcome(Status.FAILED, new ActionState.Error(code, message), Map.of(), null, null);
    }

    /**
     * Why a CodeDeploy action failed when StopDeployment stopped its deployment. CodePipeline's own words for it are
     * not documented (none found in public either): this wording is codestages'.
     */
    static String stoppedDeployment(String deploymentId) {
        return "Deployment " + deploymentId + " was stopped";
    }
}
