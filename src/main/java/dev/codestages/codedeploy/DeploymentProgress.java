package dev.codestages.codedeploy;

import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle events and traffic shifts of a Lambda or ECS deployment played so far, told to its listener as
 * they come; {@link #end} completes the event order with Skipped for the events that never ran, as CodeDeploy
 * lists them after a failure.
 */
public final class DeploymentProgress {

    private final String deploymentId;
    private final String target;
    private final List<String> order;
    private final ServiceDeploymentListener listener;
    private final List<LifecycleEventResult> events = new ArrayList<>();
    private final List<TrafficWeights> traffic = new ArrayList<>();

    /** @param order every event of the deployment, in order */
    public DeploymentProgress(String deploymentId, String target, List<String> order, ServiceDeploymentListener listener) {
        this.deploymentId = deploymentId;
        this.target = target;
        this.order = List.copyOf(order);
        this.listener = listener;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public void add(LifecycleEventResult event) {
        events.add(event);
        listener.eventEnded(event);
    }

    public void traffic(TrafficWeights weights) {
        traffic.add(weights);
        listener.trafficShifted(weights);
    }

    /** Ends the deployment with {@code status}; the events not played are Skipped. */
    public ServiceDeploymentResult end(String status, boolean rolledBack, String failure) {
        for (String event : order.subList(Math.min(events.size(), order.size()), order.size())) {
            add(LifecycleEventResult.of(event, LifecycleEventResult.SKIPPED));
        }
        return new ServiceDeploymentResult(deploymentId, target, status, rolledBack, events, traffic, failure);
    }
}
