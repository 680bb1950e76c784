package dev.codestages.codedeploy;

import dev.codestages.run.StepStatus;
import java.util.List;

/**
 * The outcome of one deployment to a deployment group: its id, the revision deployed, the overall
 * status the service would show, and on failure the service's error code ({@code HEALTH_CONSTRAINTS},
 * {@code HEALTH_CONSTRAINTS_INVALID}, {@code NO_INSTANCES}) with a message; every instance in the order
 * it was deployed; and, when the group rolls back on failure and there was a last good revision, the
 * rollback: a new deployment of that revision with an id of its own; and the group's
 * {@link FleetHealth} after it all, for the next deployment.
 */
public record GroupDeploymentResult(String id, String groupName, String revision, StepStatus status,
                                    String errorCode, String message, List<InstanceDeployment> instances,
                                    GroupDeploymentResult rollback, FleetHealth health) {

    public GroupDeploymentResult {
        instances = List.copyOf(instances);
    }

    /** The same result with the health after it and its rollback. */
    GroupDeploymentResult withHealth(FleetHealth after, GroupDeploymentResult rollbackDeployment) {
        return new GroupDeploymentResult(id, groupName, revision, status, errorCode, message, instances,
                rollbackDeployment, after);
    }

    public boolean succeeded() {
        return status == StepStatus.SUCCEEDED;
    }

    /** The ids of the instances with that status, in deployment order. */
    public List<String> instancesWith(StepStatus wanted) {
        return instances.stream().filter(i -> i.status() == wanted).map(InstanceDeployment::instanceId).toList();
    }

    /** True when a rollback deployment ran and succeeded: only then was the group "rolled back". */
    public boolean rolledBack() {
        return rollback != null && rollback.succeeded();
    }
}
