package dev.codestages.ci;

import dev.codestages.run.BuildSettings;
import dev.codestages.run.DeploySettings;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The CodeBuild and CodeDeploy facts of a build that Jenkins runs, taken from the variables Jenkins
 * sets for it: the project from {@code JOB_NAME}, the build number from {@code BUILD_NUMBER}, a build id
 * that stays the same for one Jenkins build ({@code BUILD_TAG}), the commit from {@code GIT_COMMIT},
 * and the initiator CodeBuild reports for builds its Jenkins plugin starts. The build's whole
 * environment is passed on, as Jenkins' own {@code sh} step does.
 */
public final class JenkinsVariables {

    /** CODEBUILD_INITIATOR of a build started by the CodeBuild Jenkins plugin. */
    public static final String INITIATOR = "CodeBuild-Jenkins-Plugin";

    private static final int MAX_PROJECT_NAME = 255;

    private JenkinsVariables() {
    }

    public static BuildSettings buildSettings(Map<String, String> jenkinsEnv) {
        Map<String, String> environment = new LinkedHashMap<>();
        jenkinsEnv.forEach((name, value) -> {
            if (name != null && value != null) {
                environment.put(name, value);
            }
        });
        String tag = jenkinsEnv.get("BUILD_TAG");
        String uuid = tag == null || tag.isBlank() ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(tag.getBytes(StandardCharsets.UTF_8)).toString();
        String commit = jenkinsEnv.get("GIT_COMMIT");
        return new BuildSettings(projectName(jenkinsEnv), buildNumber(jenkinsEnv), uuid, commit == null ? "" : commit,
                INITIATOR, Map.of(), environment);
    }

    /** A local deployment named after the job, in the local fleet's deployment group. */
    public static DeploySettings deploySettings(Map<String, String> jenkinsEnv, boolean rollback) {
        DeploySettings local = DeploySettings.local(projectName(jenkinsEnv));
        return new DeploySettings(local.applicationName(), local.deploymentGroupName(), local.deploymentGroupId(),
                rollback);
    }

    /**
     * {@code JOB_NAME} as a CodeBuild project name: letters, digits, {@code -} and {@code _}, starting
     * with a letter or digit, at most 255 characters; a folder's {@code /} becomes {@code -}.
     */
    static String projectName(Map<String, String> jenkinsEnv) {
        String job = jenkinsEnv.get("JOB_NAME");
        String name = (job == null ? "" : job).replaceAll("[^A-Za-z0-9_-]+", "-").replaceFirst("^[-_]+", "");
        if (name.length() > MAX_PROJECT_NAME) {
            name = name.substring(0, MAX_PROJECT_NAME);
        }
        return name.isEmpty() ? "jenkins" : name;
    }

    private static long buildNumber(Map<String, String> jenkinsEnv) {
        String number = jenkinsEnv.get("BUILD_NUMBER");
        try {
            return number == null ? 1 : Math.max(1, Long.parseLong(number.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
