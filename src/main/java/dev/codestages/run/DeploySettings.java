package dev.codestages.run;

/**
 * The deployment group a local deployment belongs to, as the hook scripts see it in
 * APPLICATION_NAME, DEPLOYMENT_GROUP_NAME and DEPLOYMENT_GROUP_ID, and how this deployment runs: whether a
 * failed deployment rolls back to the last good revision, the deployment id the service gave it (null: the
 * agent makes one, as for a deployment of one instance), and whether failures of ApplicationStop,
 * BeforeBlockTraffic and AfterBlockTraffic are ignored (CreateDeployment's ignoreApplicationStopFailures).
 */
public record DeploySettings(String applicationName, String deploymentGroupName, String deploymentGroupId,
                             boolean rollback, String deploymentId, boolean ignoreApplicationStopFailures) {

    /** Settings with a deployment id of the agent's own and no failure ignored. */
    public DeploySettings(String applicationName, String deploymentGroupName, String deploymentGroupId,
                          boolean rollback) {
        this(applicationName, deploymentGroupName, deploymentGroupId, rollback, null, false);
    }

    public static DeploySettings local(String applicationName) {
        return new DeploySettings(applicationName, "LocalFleet", "dg-local", true);
    }

    /** The same settings for the rollback deployment, which gets an id of its own. */
    DeploySettings forRollback() {
        return new DeploySettings(applicationName, deploymentGroupName, deploymentGroupId, rollback, null,
                ignoreApplicationStopFailures);
    }
}
