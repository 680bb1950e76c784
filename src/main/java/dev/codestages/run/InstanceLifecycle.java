package dev.codestages.run;

import dev.codestages.appspec.DeploymentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What one instance plays in one step of a group deployment: the lifecycle events, in order (a
 * {@link DeploymentType}'s order or a part of it), the variables the hook scripts get on top of the
 * agent's own ({@code CODESTAGES_INSTANCE_PORT} behind a load balancer), and who carries out
 * BlockTraffic and AllowTraffic, which the CodeDeploy service does at the load balancer, not the agent.
 * Start and End are the service's own bookkeeping and are not played on the instance.
 *
 * @param events      the events in run order
 * @param environment added to every hook script's environment
 * @param traffic     called at BlockTraffic and AllowTraffic
 */
public record InstanceLifecycle(List<String> events, Map<String, String> environment, TrafficSwitch traffic) {

    /** An in-place deployment without a load balancer, as the local agent plays it on its own. */
    public static final InstanceLifecycle IN_PLACE = new InstanceLifecycle(DeploymentType.IN_PLACE.order(), Map.of(),
            TrafficSwitch.NONE);

    public InstanceLifecycle {
        events = List.copyOf(events);
        environment = Map.copyOf(environment);
    }

    /** True when these events install a revision (and so may make it the instance's last successful one). */
    boolean installs() {
        return events.contains("Install");
    }

    /** Takes an instance out of the load balancer or puts it back: BlockTraffic and AllowTraffic. */
    @FunctionalInterface
    public interface TrafficSwitch {

        /** For a group without a load balancer: nothing to block or allow. */
        TrafficSwitch NONE = event -> {
        };

        /** Carries out {@code event} (BlockTraffic or AllowTraffic) for the instance. */
        void apply(String event) throws IOException;
    }
}
