package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.run.BuildSettings;
import dev.codestages.run.DeploySettings;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests {@link JenkinsVariables}: CodeBuild facts from the variables of a Jenkins build. */
class JenkinsVariablesTest {

    private static final Map<String, String> JENKINS = Map.of(
            "JOB_NAME", "team/my app/main",
            "BUILD_NUMBER", "42",
            "BUILD_TAG", "jenkins-team-my app-main-42",
            "GIT_COMMIT", "0123456789abcdef0123456789abcdef01234567",
            "WORKSPACE", "/var/jenkins/ws/main");

    @Test
    void mapsTheJenkinsBuildToCodeBuildSettings() {
        BuildSettings settings = JenkinsVariables.buildSettings(JENKINS);
        assertThat(settings.project()).isEqualTo("team-my-app-main");
        assertThat(settings.buildNumber()).isEqualTo(42);
        assertThat(settings.sourceVersion()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(settings.initiator()).isEqualTo("CodeBuild-Jenkins-Plugin");
        assertThat(settings.environment()).containsEntry("WORKSPACE", "/var/jenkins/ws/main")
                .containsEntry("BUILD_NUMBER", "42");
        assertThat(settings.secrets()).isEmpty();
    }

    @Test
    void theBuildIdIsStableForOneJenkinsBuildAndDiffersForTheNext() {
        Map<String, String> next = new HashMap<>(JENKINS);
        next.put("BUILD_TAG", "jenkins-team-my app-main-43");
        assertThat(JenkinsVariables.buildSettings(JENKINS).buildId())
                .isEqualTo(JenkinsVariables.buildSettings(JENKINS).buildId())
                .startsWith("team-my-app-main:")
                .isNotEqualTo(JenkinsVariables.buildSettings(next).buildId());
    }

    @Test
    void missingOrOddVariablesGetSafeDefaults() {
        Map<String, String> env = new HashMap<>();
        env.put("BUILD_NUMBER", "not a number");
        env.put("JOB_NAME", "--/");
        env.put("EMPTY", null);
        BuildSettings settings = JenkinsVariables.buildSettings(env);
        assertThat(settings.project()).isEqualTo("jenkins");
        assertThat(settings.buildNumber()).isEqualTo(1);
        assertThat(settings.sourceVersion()).isEmpty();
        assertThat(settings.buildUuid()).hasSize(36);
        assertThat(settings.environment()).doesNotContainKey("EMPTY");
    }

    @Test
    void projectNamesKeepToCodeBuildsLengthLimit() {
        assertThat(JenkinsVariables.projectName(Map.of("JOB_NAME", "x".repeat(300)))).hasSize(255);
    }

    @Test
    void deploysAreNamedAfterTheJobAndFollowTheRollbackSwitch() {
        DeploySettings settings = JenkinsVariables.deploySettings(JENKINS, false);
        assertThat(settings.applicationName()).isEqualTo("team-my-app-main");
        assertThat(settings.rollback()).isFalse();
        assertThat(JenkinsVariables.deploySettings(JENKINS, true).rollback()).isTrue();
    }
}
