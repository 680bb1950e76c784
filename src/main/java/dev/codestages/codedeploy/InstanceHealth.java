package dev.codestages.codedeploy;

/**
 * What CodeDeploy knows of one instance between deployments: its instance health (healthy when the last
 * deployment to it succeeded) and the revision installed on it (null when unknown: never deployed, or a
 * deployment of the group's current revision failed on it).
 */
public record InstanceHealth(boolean healthy, String revision) {

    /** An instance never deployed to: unhealthy, revision unknown. */
    public static final InstanceHealth NEW = new InstanceHealth(false, null);
}
