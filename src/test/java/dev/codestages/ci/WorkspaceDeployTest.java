package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.run.DeploymentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link WorkspaceDeploy}: a bundle deployed into an instance folder inside the workspace. */
class WorkspaceDeployTest {

    @TempDir
    Path workspace;

    private final List<String> log = new ArrayList<>();

    private void bundle(String validate) throws IOException {
        Path bundle = Files.createDirectories(workspace.resolve("bundle"));
        Files.createDirectories(bundle.resolve("app"));
        Files.createDirectories(bundle.resolve("scripts"));
        Files.writeString(bundle.resolve("app/version.txt"), "1\n");
        Files.writeString(bundle.resolve("scripts/validate.sh"), "#!/bin/sh\necho validating $APPLICATION_NAME\n"
                + validate + "\n");
        Files.writeString(bundle.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                files:
                  - source: app
                    destination: /opt/app
                hooks:
                  ValidateService:
                    - location: scripts/validate.sh
                      timeout: 30
                """);
    }

    private DeploymentResult deploy(String bundle, String target) throws IOException, InterruptedException {
        return WorkspaceDeploy.deploy(workspace, bundle, target, true, Map.of("JOB_NAME", "shop"),
                new LogLines(log::add));
    }

    @Test
    void deploysTheBundleIntoTheTargetFolderAndLogsTheEvents() throws Exception {
        bundle("exit 0");
        DeploymentResult result = deploy("bundle", "instance");
        assertThat(result.succeeded()).isTrue();
        assertThat(workspace.resolve("instance/opt/app/version.txt")).hasContent("1");
        assertThat(log).contains("validating shop", "[codestages] ValidateService: started");
        assertThat(WorkspaceDeploy.failure(result)).isNull();
        Map<String, Object> summary = WorkspaceDeploy.summary(result);
        assertThat(summary).containsEntry("deploymentId", result.id()).containsEntry("status", "Succeeded")
                .containsEntry("rolledBack", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> events = (Map<String, Object>) summary.get("events");
        assertThat(events).containsEntry("ValidateService", "Succeeded")
                .containsKeys("ApplicationStop", "DownloadBundle", "Install");
    }

    @Test
    void aFailedHookFailsTheDeploymentAndSaysSo() throws Exception {
        bundle("exit 4");
        DeploymentResult result = deploy("bundle", "instance");
        assertThat(result.succeeded()).isFalse();
        assertThat(WorkspaceDeploy.failure(result)).isEqualTo("deployment " + result.id() + " failed: ScriptFailed:"
                + " Script at specified location: scripts/validate.sh failed with exit code 4");
    }

    @Test
    void refusesPathsOutsideTheWorkspaceAMissingBundleAndTheWorkspaceAsTarget() throws Exception {
        bundle("exit 0");
        assertThatThrownBy(() -> deploy("bundle", "../instance")).hasMessageContaining("'..'");
        assertThatThrownBy(() -> deploy("/tmp/bundle", "instance")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> deploy("nothing.zip", "instance"))
                .hasMessage("bundle 'nothing.zip' does not exist in the workspace");
        assertThatThrownBy(() -> deploy("bundle", "."))
                .hasMessage("target '.' is the workspace itself; name a folder inside it");
        assertThatThrownBy(() -> deploy("bundle", "bundle/appspec.yml"))
                .hasMessage("target 'bundle/appspec.yml' is a file; name a folder");
    }
}
