package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.run.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link WorkspaceBuild}: a buildspec run in a workspace with Jenkins' variables, artifacts beside it. */
class WorkspaceBuildTest {

    @TempDir
    Path temp;

    private final List<String> log = new ArrayList<>();

    private static final Map<String, String> JENKINS = Map.of("JOB_NAME", "app", "BUILD_NUMBER", "9",
            "BUILD_TAG", "jenkins-app-9", "GIT_COMMIT", "abc123");

    private Path workspace(String buildspec) throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Files.writeString(workspace.resolve("buildspec.yml"), buildspec);
        return workspace;
    }

    private BuildResult run(Path workspace, String buildspec) throws IOException, InterruptedException {
        return WorkspaceBuild.run(workspace, buildspec, temp.resolve("ws@tmp"), JENKINS, new LogLines(log::add));
    }

    @Test
    void runsInTheWorkspaceWithCodeBuildVariablesAndPacksTheArtifactsThere() throws Exception {
        Path workspace = workspace("""
                version: 0.2
                env:
                  exported-variables:
                    - VERSION
                phases:
                  build:
                    commands:
                      - echo "build $CODEBUILD_BUILD_NUMBER of $CODEBUILD_RESOLVED_SOURCE_VERSION by $CODEBUILD_INITIATOR"
                      - echo hello > out.txt
                      - export VERSION=1.$CODEBUILD_BUILD_NUMBER
                artifacts:
                  files:
                    - out.txt
                """);
        BuildResult result = run(workspace, "buildspec.yml");
        assertThat(result.succeeded()).isTrue();
        assertThat(log).contains("build 9 of abc123 by CodeBuild-Jenkins-Plugin", "[codestages] build: started");
        assertThat(workspace.resolve("BuildOutput.zip")).isRegularFile();
        Map<String, Object> summary = WorkspaceBuild.summary(result, workspace);
        assertThat(summary).containsEntry("artifacts", List.of("BuildOutput.zip"))
                .containsEntry("exportedVariables", Map.of("VERSION", "1.9"))
                .containsEntry("buildId", result.buildId());
        assertThat(temp.resolve("ws@tmp")).isEmptyDirectory();
    }

    @Test
    void aFailingCommandFailsTheBuildWithCodeBuildsMessage() throws Exception {
        BuildResult result = run(workspace("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - exit 3
                """), "buildspec.yml");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).isEqualTo("COMMAND_EXECUTION_ERROR: Error while executing command: exit 3."
                + " Reason: exit status 3");
    }

    @Test
    void refusesABuildspecOutsideTheWorkspaceMissingOrNotAMapping() throws Exception {
        Path workspace = workspace("- just a list\n");
        assertThatThrownBy(() -> run(workspace, "../buildspec.yml")).hasMessageContaining("'..'");
        assertThatThrownBy(() -> run(workspace, "nope.yml")).hasMessage("'nope.yml' is not a file in the workspace");
        assertThatThrownBy(() -> run(workspace, "buildspec.yml"))
                .hasMessage("YAML_FILE_ERROR: buildspec.yml is not a buildspec (lint it with lintSpecs)");
    }
}
