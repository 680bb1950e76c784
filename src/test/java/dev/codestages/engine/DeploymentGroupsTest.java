package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the CodeDeploy action as a deployment to its own deployment group, with real executions in a
 * throwaway git repository: groups stay apart, a group read from the pipeline's template or from
 * {@code aws deploy get-deployment-group} output, instance counts, one deployment id, automatic rollback
 * and ignoreApplicationStopFailures.
 */
class DeploymentGroupsTest {

    @TempDir
    Path temp;

    private Path repo;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void webApp() throws Exception {
        repo = temp.resolve("web");
        GitRepos.init(repo);
        write("appspec.yml", """
                version: 0.0
                os: linux
                files:
                  - source: app
                    destination: /opt/web
                file_exists_behavior: OVERWRITE
                hooks:
                  ApplicationStop:
                    - location: scripts/stop.sh
                  ApplicationStart:
                    - location: scripts/start.sh
                  ValidateService:
                    - location: scripts/validate.sh
                """);
        write("app/version.txt", "1\n");
        write("scripts/stop.sh", "#!/bin/sh\n[ -e \"$CODESTAGES_INSTANCE_ROOT/opt/web/STOP_FAILS\" ] && exit 3\nexit 0\n");
        write("scripts/start.sh", "#!/bin/sh\necho \"$DEPLOYMENT_ID\" > \"$CODESTAGES_INSTANCE_ROOT/deployment-id\"\n"
                + "echo \"$BUNDLE_BUCKET $BUNDLE_KEY $BUNDLE_ETAG ${BUNDLE_VERSION-none}\" > \"$CODESTAGES_INSTANCE_ROOT/bundle\"\n");
        write("scripts/validate.sh", "#!/bin/sh\n[ ! -e \"$CODESTAGES_INSTANCE_ROOT/opt/web/BROKEN\" ]\n");
        for (String script : List.of("stop", "start", "validate")) {
            repo.resolve("scripts/" + script + ".sh").toFile().setExecutable(true);
        }
        Files.copy(getClass().getResourceAsStream("two-groups-pipeline.yml"), repo.resolve("pipeline.yml"));
        Files.copy(getClass().getResourceAsStream("fleet-pipeline-template.yml"), repo.resolve("template.yml"));
        GitRepos.commitAll(repo, "web app, version 1");
    }

    private void write(String name, String content) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private ExecutionState run(String pipeline, ActionOptions options) throws Exception {
        Path file = repo.resolve(pipeline);
        ExecutionSetup setup = new ExecutionSetup(repo, null, file, temp.resolve("instances"), Map.of(), Map.of(), options);
        return new ExecutionEngine(temp.resolve("store"), EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z")),
                listener, Map.of(), ApprovalDecider.PENDING).start(PipelineFiles.read(file, pipeline), setup, Map.of());
    }

    private static ActionOptions options(Integer instances, Boolean rollback, boolean ignoreStopFailures, Path... groups) {
        return new ActionOptions(List.of(groups), instances, rollback, ignoreStopFailures, Map.of());
    }

    private Path instance(String group, String id) {
        return temp.resolve("instances/web").resolve(group).resolve(id);
    }

    private static ActionState.Deployment deployment(ExecutionState execution, String step) {
        return execution.action(step).orElseThrow().deployment();
    }

    @Test
    void twoDeploymentGroupsDeployIntoInstanceFoldersOfTheirOwn() throws Exception {
        ExecutionState execution = run("pipeline.yml", ActionOptions.NONE);

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(instance("test", "i-1").resolve("opt/web/version.txt")).hasContent("1");
        assertThat(instance("prod", "i-1").resolve("opt/web/version.txt")).hasContent("1");
        ActionState.Deployment test = deployment(execution, "DeployTest/ToTest");
        ActionState.Deployment prod = deployment(execution, "DeployProd/ToProd");
        assertThat(test.deploymentGroupName()).isEqualTo("test");
        assertThat(prod.deploymentGroupName()).isEqualTo("prod");
        assertThat(test.deploymentId()).isNotEqualTo(prod.deploymentId());
        assertThat(instance("test", "i-1").resolve("deployment-id")).hasContent(test.deploymentId());
        assertThat(instance("prod", "i-1").resolve("deployment-id")).hasContent(prod.deploymentId());
    }

    @Test
    void theHooksSeeTheRevisionAsTheAgentShowsAnS3OneInBundleVariables() throws Exception {
        ExecutionState execution = run("pipeline.yml", ActionOptions.NONE);

        Path zip = execution.artifacts().get("Src");
        Path objects = temp.resolve("store/artifacts");
        assertThat(zip).startsWith(objects).isRegularFile();
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(Files.readAllBytes(zip)));
        // the pipeline's artifact store bucket, the object's key in it, its ETag; no version in the local store
        assertThat(instance("test", "i-1").resolve("bundle"))
                .hasContent("web-artifacts " + objects.relativize(zip) + " " + md5 + " none");
    }

    @Test
    void aGroupOfThreeFromTheTemplateRecordsEachInstanceInOrderUnderOneDeploymentId() throws Exception {
        ExecutionState execution = run("template.yml", ActionOptions.NONE);

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        ActionState.Deployment prod = deployment(execution, "DeployProd/ToProd");
        assertThat(prod.instances()).extracting(ActionState.Instance::instanceId)
                .containsExactly("WebFleet-1", "WebFleet-2", "WebFleet-3");
        assertThat(prod.instances()).extracting(ActionState.Instance::status).containsOnly("Succeeded");
        for (ActionState.Instance played : prod.instances()) {
            assertThat(instance("prod", played.instanceId()).resolve("deployment-id")).hasContent(prod.deploymentId());
            assertThat(played.events()).extracting(ActionState.Event::name).contains("DownloadBundle", "ValidateService");
        }
        // OneAtATime: the second instance starts only after the first has ended
        assertThat(listener.events.indexOf("start DeployProd/ToProd/WebFleet-2 ApplicationStop"))
                .isGreaterThan(listener.events.indexOf("end DeployProd/ToProd/WebFleet-1 ValidateService SUCCEEDED"));
        assertThat(ExecutionJson.record(execution)).contains("\"instanceId\" : \"WebFleet-3\"",
                "\"deploymentGroupName\" : \"prod\"");
    }

    @Test
    void instancesSetsHowManyInstancesEveryGroupHas() throws Exception {
        ExecutionState execution = run("pipeline.yml", options(2, null, false));

        assertThat(deployment(execution, "DeployTest/ToTest").instances()).extracting(ActionState.Instance::instanceId)
                .containsExactly("i-1", "i-2");
        assertThat(instance("prod", "i-2").resolve("opt/web/version.txt")).hasContent("1");
    }

    @Test
    void aGetDeploymentGroupFileDefinesTheGroupItNames() throws Exception {
        Path group = temp.resolve("prod-group.json");
        Files.copy(getClass().getResourceAsStream("prod-group.json"), group);

        ExecutionState execution = run("pipeline.yml", options(3, null, false, group));

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(deployment(execution, "DeployProd/ToProd").instances()).hasSize(3);
        assertThat(listener.events).anyMatch(note -> note.contains("web/prod from " + group)
                && note.contains("CodeDeployDefault.AllAtOnce") && note.contains("automatic rollback on"));
        assertThat(listener.events).anyMatch(note -> note.contains("web/test from defaults")
                && note.contains("automatic rollback off"));
    }

    @Test
    void aGetDeploymentGroupFileForAGroupNoActionDeploysToIsRefusedBeforeTheExecution() throws Exception {
        Path group = temp.resolve("prod-group.json");
        Files.writeString(group, new String(getClass().getResourceAsStream("prod-group.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"prod\"", "\"staging\""));
        ExecutionSetup setup = new ExecutionSetup(repo, null, repo.resolve("pipeline.yml"), temp.resolve("instances"),
                Map.of(), Map.of(), options(null, null, false, group));

        assertThatThrownBy(() -> DeploymentGroupResolver.check(PipelineFiles.read(repo.resolve("pipeline.yml"), "p"), setup))
                .hasMessage(group + ": names the deployment group web/staging, which no CodeDeploy action of the"
                        + " pipeline deploys to (they deploy to web/prod, web/test)");
    }

    private ExecutionState breakValidationAndRun(String pipeline, ActionOptions options) throws Exception {
        assertThat(run(pipeline, options).status()).isEqualTo(Status.SUCCEEDED);
        write("app/version.txt", "2\n");
        write("app/BROKEN", "");
        GitRepos.commitAll(repo, "version 2, broken");
        return run(pipeline, options);
    }

    @Test
    void withoutTheGroupAskingForItAFailedDeploymentIsNotRolledBack() throws Exception {
        ExecutionState failed = breakValidationAndRun("pipeline.yml", ActionOptions.NONE);

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        ActionState.Deployment test = deployment(failed, "DeployTest/ToTest");
        assertThat(test.rolledBack()).isFalse();
        assertThat(test.instances().get(0).status()).isEqualTo("Failed");
        assertThat(instance("test", "i-1").resolve("opt/web/version.txt")).hasContent("2");
        assertThat(failed.action("DeployTest/ToTest").orElseThrow().error().message()).doesNotContain("rolled back");
    }

    @Test
    void rollbackRedeploysTheLastGoodRevisionAsANewDeployment() throws Exception {
        ExecutionState failed = breakValidationAndRun("pipeline.yml", options(null, true, false));

        ActionState.Deployment test = deployment(failed, "DeployTest/ToTest");
        assertThat(test.rolledBack()).isTrue();
        assertThat(instance("test", "i-1").resolve("opt/web/version.txt")).hasContent("1");
        assertThat(instance("test", "i-1").resolve("deployment-id")).content().doesNotContain(test.deploymentId());
        assertThat(failed.action("DeployTest/ToTest").orElseThrow().error().message())
                .contains("rolled back to the last good revision in d-");
    }

    @Test
    void aTemplateGroupWithAutomaticRollbackRollsBackAndNoRollbackSwitchesItOff() throws Exception {
        ExecutionState rolledBack = breakValidationAndRun("template.yml", ActionOptions.NONE);
        assertThat(deployment(rolledBack, "DeployProd/ToProd").rolledBack()).isTrue();
        assertThat(instance("prod", "WebFleet-1").resolve("opt/web/version.txt")).hasContent("1");

        ExecutionState left = run("template.yml", options(null, false, false));
        assertThat(deployment(left, "DeployProd/ToProd").rolledBack()).isFalse();
        assertThat(instance("prod", "WebFleet-1").resolve("opt/web/version.txt")).hasContent("2");
    }

    @Test
    void ignoreApplicationStopFailuresLetsTheDeploymentGoPastAFailingApplicationStop() throws Exception {
        write("app/STOP_FAILS", "");
        GitRepos.commitAll(repo, "version 1 cannot be stopped");
        assertThat(run("pipeline.yml", ActionOptions.NONE).status()).isEqualTo(Status.SUCCEEDED);
        write("app/version.txt", "2\n");
        GitRepos.commitAll(repo, "version 2");

        ExecutionState stuck = run("pipeline.yml", ActionOptions.NONE);
        assertThat(stuck.status()).isEqualTo(Status.FAILED);
        assertThat(stuck.action("DeployTest/ToTest").orElseThrow().error().message())
                .contains("i-1: ApplicationStop failed: ScriptFailed: Script at specified location: scripts/stop.sh failed with exit code 3");

        ExecutionState ignored = run("pipeline.yml", options(null, null, true));
        assertThat(ignored.status()).isEqualTo(Status.SUCCEEDED);
        ActionState.Instance test = deployment(ignored, "DeployTest/ToTest").instances().get(0);
        assertThat(test.status()).isEqualTo("Succeeded");
        assertThat(test.events().get(0).name()).isEqualTo("ApplicationStop");
        assertThat(test.events().get(0).status()).isEqualTo("Failed");
        assertThat(instance("test", "i-1").resolve("opt/web/version.txt")).hasContent("2");
    }

    @Test
    void aGroupOfTheLambdaComputePlatformGoesToTheLambdaPlayerWhichRefusesAServerConfiguration() throws Exception {
        write("template.yml", Files.readString(repo.resolve("template.yml")).replace("ComputePlatform: Server",
                "ComputePlatform: Lambda"));
        GitRepos.commitAll(repo, "a Lambda application");

        ExecutionState execution = run("template.yml", ActionOptions.NONE);

        assertThat(execution.status()).isEqualTo(Status.FAILED);
        // the group names no configuration, which is CodeDeployDefault.OneAtATime: a server one
        assertThat(execution.action("DeployProd/ToProd").orElseThrow().error().message())
                .contains("The deployment configuration CodeDeployDefault.OneAtATime does not exist; the Lambda ones are"
                        + " CodeDeployDefault.LambdaAllAtOnce");
        assertThat(temp.resolve("instances")).doesNotExist();
    }

    /** Issue 13, part A1: a get-deployment-group file's computePlatform decides the player, as a template's does. */
    @Test
    void aLambdaGroupFromAGetDeploymentGroupFileRefusesAnAppspecWrittenForServersAndRunsNoEc2Event() throws Exception {
        Path group = temp.resolve("lambda-group.json");
        Files.writeString(group, """
                {"deploymentGroupInfo": {"applicationName": "web", "deploymentGroupName": "test",
                  "deploymentConfigName": "CodeDeployDefault.LambdaAllAtOnce", "computePlatform": "Lambda"}}
                """, StandardCharsets.UTF_8);

        ExecutionState execution = run("pipeline.yml", options(null, null, false, group));

        assertThat(execution.action("DeployTest/ToTest").orElseThrow().error().message())
                .isEqualTo("the AppSpec of Src is written for EC2/On-Premises, but deployment group test deploys to the"
                        + " Lambda compute platform; nothing was deployed");
        assertThat(listener.events).noneMatch(event -> event.contains("ApplicationStop"));
        assertThat(instance("test", "i-1")).doesNotExist();
    }
}
