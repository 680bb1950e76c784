package dev.codestages.engine;

import java.util.Optional;

/**
 * What a running action tells the engine, and asks it, while it plays: the deployment it has started, as it
 * stands (the execution record shows it at once, so GetDeployment and ContinueDeployment find a deployment
 * that waits), and whether a stop and abandon of the execution, from this process or another, asks its work
 * to stop now.
 */
interface ActionProgress {

    /** The action's deployment as it stands now; the engine saves it into the execution's record. */
    void deployment(ActionState.Deployment deployment);

    /** The stop's summary once a stop and abandon asks the action to stop its work now; empty otherwise. */
    Optional<String> stopNow();
}
