package dev.codestages.appspec;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table of lifecycle event orders, read by the rules and by the local agent in {@code run}:
 * each kind of CodeDeploy deployment with its platform and every event it runs, scriptable or not, in
 * order. A blue/green EC2 deployment runs two orders: one on the replacement instances, one on the
 * original instances once traffic has moved; its rollback two more (the "Blue/green deployment rollback"
 * columns of the hook availability table). Source: the AppSpec hooks section of the CodeDeploy user
 * guide, https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 * (for ECS also https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-ecs.html).
 */
public enum DeploymentType {
    /** In-place deployment without a load balancer (also an in-place rollback). */
    IN_PLACE(Platform.EC2, List.of("Start", "ApplicationStop", "DownloadBundle",
            "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService", "End")),
    /** In-place deployment with a Classic, Application or Network Load Balancer in the deployment group. */
    IN_PLACE_WITH_LOAD_BALANCER(Platform.EC2, List.of("Start", "BeforeBlockTraffic",
            "BlockTraffic", "AfterBlockTraffic", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install",
            "AfterInstall", "ApplicationStart", "ValidateService", "BeforeAllowTraffic", "AllowTraffic",
            "AfterAllowTraffic", "End")),
    /** Blue/green deployment, on the replacement instances. */
    BLUE_GREEN_REPLACEMENT(Platform.EC2, List.of("ApplicationStop", "DownloadBundle",
            "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService", "BeforeAllowTraffic",
            "AllowTraffic", "AfterAllowTraffic")),
    /** Blue/green deployment, on the original instances once traffic has moved. */
    BLUE_GREEN_ORIGINAL(Platform.EC2, List.of("BeforeBlockTraffic", "BlockTraffic",
            "AfterBlockTraffic")),
    /** Blue/green rollback, on the original instances: traffic comes back to them. */
    BLUE_GREEN_ROLLBACK_ORIGINAL(Platform.EC2, List.of("BeforeAllowTraffic", "AllowTraffic",
            "AfterAllowTraffic")),
    /** Blue/green rollback, on the replacement instances: traffic leaves them. */
    BLUE_GREEN_ROLLBACK_REPLACEMENT(Platform.EC2, List.of("BeforeBlockTraffic", "BlockTraffic",
            "AfterBlockTraffic")),
    /** Lambda: traffic shifts between function versions. */
    LAMBDA(Platform.LAMBDA, List.of("Start", "BeforeAllowTraffic", "AllowTraffic",
            "AfterAllowTraffic", "End")),
    /** ECS: a replacement task set, with an optional test listener. */
    ECS(Platform.ECS, List.of("Start", "BeforeInstall", "Install", "AfterInstall",
            "AllowTestTraffic", "AfterAllowTestTraffic", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic",
            "End"));

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

    /**
     * The events of {@link #order()} from {@code first} to {@code last}, both included: the part of an
     * order one step of a deployment plays (a blue/green replacement is installed first, and allows
     * traffic only once every replacement is ready).
     */
    public List<String> between(String first, String last) {
        int from = order.indexOf(first);
        int to = order.indexOf(last);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(first + " to " + last + " is not a part of " + name());
        }
        return order.subList(from, to + 1);
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
