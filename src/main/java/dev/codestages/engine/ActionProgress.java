package dev.codestages.engine;

import java.util.Optional;

/**
 * What a running action tells the engine, and asks it, while it plays: the deployment it has started, as it
 * stands (the execution record shows it at once, so GetDeployment and ContinueDeployment find a deployment
 * that waits), and whether a stop and abandon of the execution or a StopDeployment of its deployment, from this
 * process or another, asks its work to stop now.
 */
interface ActionProgress {

    /** The action's deployment as it stands now; the engine saves it into the execution's record. */
    void deployment(ActionState.Deployment deployment);

    /**
     * Why the action's work is to stop now: a stop and abandon of the execution (its summary), or a StopDeployment
     * of the action's deployment as the record has it ({@link ActionOutcome#stoppedDeployment}); empty otherwise.
     */
    Optional<String> stopNow();

    /**
     * The StopDeployment asked for {@code deploymentId} (from this process or another, through the store): true to
     * roll the deployment back, false to leave it as it stands; empty when none was asked.
     */
    Optional<Boolean> deploymentStop(String deploymentId);
}
