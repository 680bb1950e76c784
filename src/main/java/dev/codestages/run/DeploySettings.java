package dev.codestages.run;

import java.util.Map;

/**
 * The deployment group a local deployment belongs to, as the hook scripts see it in
 * APPLICATION_NAME, DEPLOYMENT_GROUP_NAME and DEPLOYMENT_GROUP_ID, and how this deployment runs: whether a
 * failed deployment rolls back to the last good revision, the deployment id the service gave it (null: the
 * agent makes one, as for a deployment of one instance), and whether failures of ApplicationStop,
 * BeforeBlockTraffic and AfterBlockTraffic are ignored (CreateDeployment's ignoreApplicationStopFailures),
 * and the variables that tell the hooks where the revision came from: the agent gives an S3 revision's
 * BUNDLE_BUCKET, BUNDLE_KEY, BUNDLE_VERSION and BUNDLE_ETAG to every hook (aws-codedeploy-agent 800eb28,
 * command_executor.rb {@code get_s3_envs}, merged into the hook's environment by hook_executor.rb).
 */
public record DeploySettings(String applicationName, String deploymentGroupName, String deploymentGroupId,
                             boolean rollback, String deploymentId, boolean ignoreApplicationStopFailures,
                             Map<String, String> revisionEnvironment) {

    public DeploySettings {
        revisionEnvironment = revisionEnvironment == null ? Map.of() : Map.copyOf(revisionEnvironment);
    }

    /** Settings of a revision that does not say where it came from. */
    public DeploySettings(String applicationName, String deploymentGroupName, String deploymentGroupId,
                          boolean rollback, String deploymentId, boolean ignoreApplicationStopFailures) {
        this(applicationName, deploymentGroupName, deploymentGroupId, rollback, deploymentId,
                ignoreApplicationStopFailures, Map.of());
    }

    /** The same settings for a revision that came from where {@code environment} says (BUNDLE_*). */
    public DeploySettings withRevisionEnvironment(Map<String, String> environment) {
        return new DeploySettings(applicationName, deploymentGroupName, deploymentGroupId, rollback, deploymentId,
                ignoreApplicationStopFailures, environment);
    }

    /** Settings with a deployment id of the agent's own and no failure ignored. */
    public DeploySettings(String applicationName, String deploymentGroupName, String deploymentGroupId,
                          boolean rollback) {
        this(applicationName, deploymentGroupName, deploymentGroupId, rollback, null, false);
    }

    public static DeploySettings local(String applicationName) {
        return new DeploySettings(applicationName, "LocalFleet", "dg-local", true);
    }

    /** The same settings for the rollback deployment, which gets an id of its own and redeploys another revision. */
    DeploySettings forRollback() {
        return new DeploySettings(applicationName, deploymentGroupName, deploymentGroupId, rollback, null,
                ignoreApplicationStopFailures);
    }
}
