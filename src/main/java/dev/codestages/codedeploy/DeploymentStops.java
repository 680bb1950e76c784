package dev.codestages.codedeploy;

import java.util.Optional;

/**
 * Where a playing deployment looks for a StopDeployment asked for it (the engine: {@link StopDeploymentRequests}
 * in its store): between instances of an in-place deployment and while a blue/green deployment waits for its
 * traffic to be rerouted.
 */
@FunctionalInterface
public interface DeploymentStops {

    /** No deployment is ever asked to stop. */
    DeploymentStops NONE = deploymentId -> Optional.empty();

    /** The stop asked for {@code deploymentId}: true to roll it back, false to leave it as it stands; empty: none. */
    Optional<Boolean> asked(String deploymentId);
}
