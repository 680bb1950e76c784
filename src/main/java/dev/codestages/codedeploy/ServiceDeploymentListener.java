package dev.codestages.codedeploy;

/**
 * Hears a Lambda or ECS deployment as it plays, for the action's log and the terminal: each lifecycle event
 * as it starts and ends, each traffic shift, and the lines its hook functions and tasks print.
 */
public interface ServiceDeploymentListener {

    /** Hears nothing. */
    ServiceDeploymentListener NONE = new ServiceDeploymentListener() {
    };

    default void eventStarted(String event) {
    }

    default void eventEnded(LifecycleEventResult result) {
    }

    default void trafficShifted(TrafficWeights weights) {
    }

    default void log(String line) {
    }
}
