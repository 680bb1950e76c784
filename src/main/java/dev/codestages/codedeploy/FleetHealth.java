package dev.codestages.codedeploy;

import dev.codestages.run.StepStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health CodeDeploy keeps for a deployment group between deployments: the group's revision (the
 * revision of its last successful deployment, which an automatic rollback deploys again) and each
 * instance's {@link InstanceHealth}. It decides the order in which instances are deployed to: unhealthy
 * instances first, then those whose revision is unknown, then those with an old revision, then those
 * with the current one (the group's own order breaks ties). {@link #after} applies the service's rules
 * for what a deployment changes: after a successful deployment, instances that succeeded are healthy and
 * current, and a current instance that failed becomes unknown; after a failed or stopped one, every
 * instance deployed to is healthy or unhealthy by its own outcome, the others keep theirs, and the
 * group's revision stays as it was. The engine keeps this between executions.
 *
 * @param revision  the group's revision (a bundle path as the player was given it), null before the
 *                  first successful deployment
 * @param instances what is known of each instance by id; an instance not in the map was never deployed to
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html#instances-health-status">Instance
 *      health: health status</a>
 */
public record FleetHealth(String revision, Map<String, InstanceHealth> instances) {

    public FleetHealth {
        instances = Map.copyOf(instances);
    }

    /** A group never deployed to. */
    public static FleetHealth none() {
        return new FleetHealth(null, Map.of());
    }

    /** The group's revision, which an automatic rollback deploys again. */
    public Optional<String> lastGoodRevision() {
        return Optional.ofNullable(revision);
    }

    public InstanceHealth of(String instance) {
        return instances.getOrDefault(instance, InstanceHealth.NEW);
    }

    /** {@code group}'s instances in the order CodeDeploy deploys to them. */
    public List<String> deploymentOrder(List<String> group) {
        return group.stream().sorted(Comparator.comparingInt(this::rank)).toList();
    }

    private int rank(String instance) {
        InstanceHealth health = of(instance);
        if (!health.healthy()) {
            return 0;
        }
        if (health.revision() == null) {
            return 1;
        }
        return health.revision().equals(revision) ? 3 : 2;
    }

    /** The health after {@code deployment} (a group deployment without its rollback). */
    public FleetHealth after(GroupDeploymentResult deployment) {
        Map<String, InstanceHealth> next = new HashMap<>(instances);
        boolean succeeded = deployment.succeeded();
        for (InstanceDeployment instance : deployment.instances()) {
            InstanceHealth before = of(instance.instanceId());
            if (instance.status() == StepStatus.SUCCEEDED) {
                next.put(instance.instanceId(), new InstanceHealth(true, deployment.revision()));
            } else if (instance.status() == StepStatus.FAILED) {
                boolean wasCurrent = before.revision() != null && before.revision().equals(revision);
                next.put(instance.instanceId(), new InstanceHealth(false,
                        succeeded && wasCurrent ? null : before.revision()));
            }
        }
        return new FleetHealth(succeeded ? deployment.revision() : revision, next);
    }
}
