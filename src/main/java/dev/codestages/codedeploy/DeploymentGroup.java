package dev.codestages.codedeploy;

import java.util.List;

/**
 * A CodeDeploy deployment group for EC2/On-Premises, whatever format it was read from: its application,
 * name and id (the id names the agent's folders on each instance), its deployment configuration, its
 * instances (ids that are also folder names), its deployment style, whether it has a load balancer,
 * and whether it rolls back automatically when a deployment fails. {@link #defaults} is what a pipeline
 * without a group definition gets: one instance, in place, no load balancer,
 * CodeDeployDefault.OneAtATime, automatic rollback off.
 *
 * @param deploymentType    {@code IN_PLACE} or {@code BLUE_GREEN}, as {@code DeploymentStyle} writes it
 * @param trafficControl    true for {@code WITH_TRAFFIC_CONTROL}
 * @param loadBalanced      true when the group names a load balancer or target group ({@code LoadBalancerInfo})
 * @param rollbackOnFailure true when {@code AutoRollbackConfiguration} is enabled with {@code DEPLOYMENT_FAILURE}
 * @param source            where the group was read from, for messages ({@code template.yml, resource 'WebGroup'})
 * @param blueGreen         a blue/green group's reroute and termination settings
 */
public record DeploymentGroup(String applicationName, String name, String id, DeploymentConfig config,
                              List<String> instances, String deploymentType, boolean trafficControl,
                              boolean loadBalanced, boolean rollbackOnFailure, String source,
                              BlueGreenSettings blueGreen) {

    public static final String IN_PLACE = "IN_PLACE";
    public static final String BLUE_GREEN = "BLUE_GREEN";

    public DeploymentGroup {
        instances = List.copyOf(instances);
        blueGreen = blueGreen == null ? BlueGreenSettings.DEFAULTS : blueGreen;
        for (String instance : instances) {
            FolderNames.check(instance, "instance id");
        }
        FolderNames.check(name, "deployment group name");
        FolderNames.check(id, "deployment group id");
    }

    /** A group with the default blue/green settings (they matter only to a blue/green group). */
    public DeploymentGroup(String applicationName, String name, String id, DeploymentConfig config,
                           List<String> instances, String deploymentType, boolean trafficControl,
                           boolean loadBalanced, boolean rollbackOnFailure, String source) {
        this(applicationName, name, id, config, instances, deploymentType, trafficControl, loadBalanced,
                rollbackOnFailure, source, BlueGreenSettings.DEFAULTS);
    }

    /** A group with AWS's defaults and {@code instances} instances named {@code i-1} to {@code i-N}. */
    public static DeploymentGroup defaults(String applicationName, String name, int instances) {
        return new DeploymentGroup(applicationName, name, "dg-" + name, DeploymentConfig.ONE_AT_A_TIME,
                numbered("i", instances), IN_PLACE, false, false, false, "defaults");
    }

    /** The same group with other instances (a count given on the command line wins over the definition). */
    public DeploymentGroup withInstances(List<String> others) {
        return new DeploymentGroup(applicationName, name, id, config, others, deploymentType, trafficControl,
                loadBalanced, rollbackOnFailure, source, blueGreen);
    }

    /** The same group with automatic rollback on failure switched on or off. */
    public DeploymentGroup withRollbackOnFailure(boolean rollback) {
        return new DeploymentGroup(applicationName, name, id, config, instances, deploymentType, trafficControl,
                loadBalanced, rollback, source, blueGreen);
    }

    /** The same group with other blue/green settings. */
    public DeploymentGroup withBlueGreen(BlueGreenSettings settings) {
        return new DeploymentGroup(applicationName, name, id, config, instances, deploymentType, trafficControl,
                loadBalanced, rollbackOnFailure, source, settings);
    }

    /** True for a blue/green group. */
    public boolean blueGreenStyle() {
        return deploymentType.equals(BLUE_GREEN);
    }

    /** {@code prefix-1} to {@code prefix-count}. */
    static List<String> numbered(String prefix, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("an instance count is never negative: " + count);
        }
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i).toList();
    }
}
