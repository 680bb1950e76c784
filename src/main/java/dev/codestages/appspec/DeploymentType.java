package dev.codestages.appspec;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of CodeDeploy deployment, each with its platform and the order its lifecycle events run
 * in, from the one table in {@link LifecycleEvents} (the AppSpec hooks section of the CodeDeploy user
 * guide). A blue/green EC2 deployment runs two orders: one on the replacement instances, one on the
 * original instances once traffic has moved.
 */
public enum DeploymentType {
    IN_PLACE(Platform.EC2, LifecycleEvents.IN_PLACE),
    IN_PLACE_WITH_LOAD_BALANCER(Platform.EC2, LifecycleEvents.IN_PLACE_WITH_LOAD_BALANCER),
    BLUE_GREEN_REPLACEMENT(Platform.EC2, LifecycleEvents.BLUE_GREEN_REPLACEMENT),
    BLUE_GREEN_ORIGINAL(Platform.EC2, LifecycleEvents.BLUE_GREEN_ORIGINAL),
    LAMBDA(Platform.LAMBDA, LifecycleEvents.LAMBDA_ORDER),
    ECS(Platform.ECS, LifecycleEvents.ECS_ORDER);

    private final Platform platform;
    private final List<String> order;

    DeploymentType(Platform platform, List<String> order) {
        this.platform = platform;
        this.order = order;
    }

    public Platform platform() {
        return platform;
    }

    /** Every event of this deployment, scriptable or not, in the order CodeDeploy runs them. */
    public List<String> order() {
        return order;
    }

    /** The events of {@link #order()} that an AppSpec may hook on this platform. */
    public List<String> hookable() {
        List<String> hookable = LifecycleEvents.hookable(platform);
        List<String> events = new ArrayList<>();
        for (String event : order) {
            if (hookable.contains(event)) {
                events.add(event);
            }
        }
        return List.copyOf(events);
    }
}
