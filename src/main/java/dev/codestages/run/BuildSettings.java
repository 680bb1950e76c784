package dev.codestages.run;

import java.util.Map;

/**
 * The facts of one build that CodeBuild would take from the project and the pipeline: ids, the
 * resolved source revision, who started it, and the values of parameter-store and secrets-manager
 * variables (read from a local file or the environment, never from AWS).
 *
 * @param project          the CodeBuild project name, part of the build id
 * @param buildNumber      the per-project counter
 * @param buildUuid        the unique part of the build id
 * @param sourceVersion    the commit id of the source (CODEBUILD_RESOLVED_SOURCE_VERSION)
 * @param initiator        who started the build (CODEBUILD_INITIATOR), e.g. {@code codepipeline/demo}
 * @param secrets          parameter names and secret references to their values
 * @param environment      extra variables, lowest precedence after the image's (the current process's)
 * @param secretEnvironment extra variables whose values are secrets (a project's or an action's
 *                         PARAMETER_STORE and SECRETS_MANAGER variables): set like {@code environment},
 *                         masked in the output and never saved with the shell's state
 */
public record BuildSettings(String project, long buildNumber, String buildUuid, String sourceVersion,
                            String initiator, Map<String, String> secrets, Map<String, String> environment,
                            Map<String, String> secretEnvironment) {

    public BuildSettings {
        secrets = Map.copyOf(secrets);
        environment = Map.copyOf(environment);
        secretEnvironment = Map.copyOf(secretEnvironment);
    }

    /** Settings without secret variables of their own. */
    public BuildSettings(String project, long buildNumber, String buildUuid, String sourceVersion, String initiator,
                         Map<String, String> secrets, Map<String, String> environment) {
        this(project, buildNumber, buildUuid, sourceVersion, initiator, secrets, environment, Map.of());
    }

    public String buildId() {
        return project + ":" + buildUuid;
    }
}
