package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the CodeDeployToECS action end to end: the image URI and {@code <TASK_DEFINITION>} filled in as the
 * action does, the task definition registered, the ECS events and traffic steps in the record, the second
 * deployment's original task set being the first one's, and a failed hook leaving the service as it was.
 */
class EcsDeployPlayerTest {

    @TempDir
    Path temp;

    private Path repo;
    private final RecordingListener listener = new RecordingListener();

    private final EngineClock jumping = new JumpingClock();

    @BeforeEach
    void aServiceRepository() throws Exception {
        repo = serviceRepository(temp);
    }

    /** The greeter service (task definition, AppSpec template, image detail, its CodeDeployToECS pipeline) in git. */
    static Path serviceRepository(Path temp) throws Exception {
        Path repo = temp.resolve("greeter");
        GitRepos.init(repo);
        for (String name : List.of("appspec.yaml", "taskdef.json", "app.py")) {
            Files.copy(EcsDeployPlayerTest.class.getResourceAsStream("/codedeploy/ecs/" + name), repo.resolve(name));
        }
        Files.writeString(repo.resolve("imageDetail.json"), "{\"ImageURI\": \"greeter:2\"}\n", StandardCharsets.UTF_8);
        Files.copy(EcsDeployPlayerTest.class.getResourceAsStream("ecs-pipeline.yml"), repo.resolve("pipeline.yml"));
        GitRepos.commitAll(repo, "greeter service");
        return repo;
    }

    private ExecutionState run(String afterAllowTraffic) throws Exception {
        Path pipeline = repo.resolve("pipeline.yml");
        ComputeOptions options = new ComputeOptions(Map.of("checkTest", "true", "checkAfter", afterAllowTraffic),
                "CodeDeployDefault.ECSCanary10Percent5Minutes", Map.of("greeter", "exec python3 app.py"));
        ExecutionSetup setup = new ExecutionSetup(repo, null, pipeline, temp.resolve("instance"), Map.of(), Map.of(),
                ActionOptions.NONE.withRollback(Boolean.TRUE).withCompute(options));
        return new ExecutionEngine(temp.resolve("store"), jumping, listener, Map.of(), ApprovalDecider.PENDING)
                .start(PipelineFiles.read(pipeline, "pipeline.yml"), setup, Map.of());
    }

    private static ActionState action(ExecutionState execution) {
        return execution.action("Deploy/BlueGreen").orElseThrow();
    }

    private static List<String> steps(ActionState.Deployment deployment) {
        List<String> steps = new ArrayList<>();
        for (ActionState.TrafficStep step : deployment.trafficSteps()) {
            steps.add(step.weights().toString());
        }
        return steps;
    }

    @Test
    void theActionRegistersTheTaskDefinitionWithTheImageAndPlaysTheBlueGreenEvents() throws Exception {
        ExecutionState execution = run("true");

        ActionState action = action(execution);
        assertThat(action.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action.deployment().computePlatform()).isEqualTo("ECS");
        assertThat(action.deployment().instances().get(0).events()).extracting(ActionState.Event::name)
                .containsExactly("Start", "BeforeInstall", "Install", "AfterInstall", "AllowTestTraffic",
                        "AfterAllowTestTraffic", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic", "End");
        assertThat(steps(action.deployment())).containsExactly("{blue=90, green=10}", "{blue=0, green=100}");
        assertThat(temp.resolve("store/ecs/task-definitions/greeter/1.json")).content().contains("\"greeter:2\"")
                .doesNotContain("<IMAGE1_NAME>");
        assertThat(listener.events).contains(
                "note Deploy/BlueGreen: registered task definition arn:aws:ecs:local:000000000000:task-definition/greeter:1");
    }

    @Test
    void aFailedHookOfTheSecondDeploymentRollsBackAndKeepsTheFirstAsTheServicesTaskDefinition() throws Exception {
        run("true");
        Path current = temp.resolve("store/ecs/services/greeter-ecs/greeter-service.json");
        String first = Files.readString(current);

        ExecutionState second = run("exit 1");

        ActionState action = action(second);
        assertThat(action.status()).isEqualTo(Status.FAILED);
        assertThat(action.deployment().rolledBack()).isTrue();
        assertThat(action.error().message()).contains("the hook function checkAfter failed (exit status 1)");
        assertThat(temp.resolve("store/ecs/task-definitions/greeter/2.json")).exists();
        assertThat(current).hasContent(first);
        assertThat(listener.events).contains("note Deploy/BlueGreen/AllowTraffic: traffic blue: 90%, green: 10%");
    }

    /**
     * Issue 13, part A1: the CodeDeployToECS action on a group of a {@code get-deployment-group} file with
     * computePlatform ECS shifts by the file's configuration, not {@code --deployment-config}.
     */
    @Test
    void aGetDeploymentGroupFileOfAnEcsGroupIsPlayedWithItsConfiguration() throws Exception {
        Path group = temp.resolve("group.json");
        Files.writeString(group, """
                {"deploymentGroupInfo": {"applicationName": "greeter-ecs", "deploymentGroupName": "greeter-service",
                  "deploymentConfigName": "CodeDeployDefault.ECSLinear10PercentEvery1Minutes", "computePlatform": "ECS"}}
                """);
        Path pipeline = repo.resolve("pipeline.yml");
        ComputeOptions options = new ComputeOptions(Map.of("checkTest", "true", "checkAfter", "true"),
                "CodeDeployDefault.ECSCanary10Percent5Minutes", Map.of("greeter", "exec python3 app.py"));
        ExecutionSetup setup = new ExecutionSetup(repo, null, pipeline, temp.resolve("instance"), Map.of(), Map.of(),
                new ActionOptions(List.of(group), null, null, false, Map.of()).withCompute(options));

        ExecutionState execution = new ExecutionEngine(temp.resolve("store"), jumping, listener, Map.of(),
                ApprovalDecider.PENDING).start(PipelineFiles.read(pipeline, "pipeline.yml"), setup, Map.of());

        assertThat(action(execution).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(steps(action(execution).deployment())).hasSize(10).startsWith("{blue=90, green=10}")
                .endsWith("{blue=0, green=100}");
    }
}
