package dev.codestages.run;

/**
 * The deployment group a local deployment belongs to, as the hook scripts see it in
 * APPLICATION_NAME, DEPLOYMENT_GROUP_NAME and DEPLOYMENT_GROUP_ID, and whether a failed deployment
 * rolls back to the last good revision.
 */
public record DeploySettings(String applicationName, String deploymentGroupName, String deploymentGroupId,
                             boolean rollback) {

    public static DeploySettings local(String applicationName) {
        return new DeploySettings(applicationName, "LocalFleet", "dg-local", true);
    }
}
