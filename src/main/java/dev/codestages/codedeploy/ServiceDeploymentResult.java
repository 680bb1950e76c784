package dev.codestages.codedeploy;

import java.util.List;

/**
 * How a Lambda or ECS deployment ended: its status (Succeeded, Failed or Stopped), its one target (the
 * function and alias, or the ECS service), every lifecycle event in the order it was played, the traffic
 * shifts, whether the traffic went back to the original version or task set, and why it failed.
 *
 * @param failure null when the deployment succeeded
 */
public record ServiceDeploymentResult(String deploymentId, String target, String status, boolean rolledBack,
                                      List<LifecycleEventResult> events, List<TrafficWeights> traffic,
                                      String failure) {

    public static final String SUCCEEDED = "Succeeded";
    public static final String FAILED = "Failed";
    public static final String STOPPED = "Stopped";

    public ServiceDeploymentResult {
        events = List.copyOf(events);
        traffic = List.copyOf(traffic);
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }
}
