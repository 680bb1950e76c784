package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.codestages.codedeploy.lambda.LambdaStore;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the CodeDeploy action on the Lambda compute platform end to end: the group's platform and
 * configuration from the pipeline's template (or {@code --deployment-config}), the Lambda events only, the
 * alias shifted on the engine's clock, the traffic steps and hook functions in the record, and the rollback.
 */
class LambdaDeployPlayerTest {

    private static final Instant START = JumpingClock.START;

    @TempDir
    Path temp;

    private Path repo;
    private LambdaStore functions;
    private final RecordingListener listener = new RecordingListener();

    private final EngineClock jumping = new JumpingClock();

    @BeforeEach
    void aFunctionWithTwoVersionsAndARepositoryWithItsAppspec() throws Exception {
        functions = LambdaStore.in(temp.resolve("store"));
        functions.publishCommand("greeter", "echo one");
        functions.publishCommand("greeter", "echo two");
        functions.setAlias("greeter", "live", "1");
        repo = temp.resolve("greeter");
        GitRepos.init(repo);
Files.copy(getClass().getResourceAsStream("/codedeploy/greeter-appspec.yaml"), repo.resolve("appspec.yaml"));
        Files.copy(getClass().getResourceAsStream("lambda-pipeline.yml"), repo.resolve("pipeline.yml"));
        GitRepos.commitAll(repo, "greeter");
    }

    private ExecutionState run(String group, ComputeOptions options) throws Exception {
        Path template = repo.resolve("pipeline.yml");
        if (!group.equals("greeter-live")) {
            Files.writeString(template, Files.readString(template).replace("Default: greeter-live", "Default: " + group));
            GitRepos.commitAll(repo, "group " + group);
        }
        ExecutionSetup setup = new ExecutionSetup(repo, null, template, temp.resolve("instance"), Map.of(), Map.of(),
                ActionOptions.NONE.withRollback(Boolean.TRUE).withCompute(options));
        return new ExecutionEngine(temp.resolve("store"), jumping, listener, Map.of(), ApprovalDecider.PENDING)
                .start(PipelineFiles.read(template, "pipeline.yml"), setup, Map.of());
    }

    private static ComputeOptions hooks(String after) {
        return new ComputeOptions(Map.of("checkBefore", "true", "checkAfter", after), null, Map.of());
    }

    private static ActionState.Deployment deployment(ExecutionState execution) {
        return execution.action("Deploy/Shift").orElseThrow().deployment();
    }

    private static List<String> steps(ActionState.Deployment deployment) {
        List<String> steps = new ArrayList<>();
        for (ActionState.TrafficStep step : deployment.trafficSteps()) {
            steps.add(Duration.between(START, step.at()).toMinutes() + " " + step.weights());
        }
        return steps;
    }

    @Test
    void theTemplatesCustomCanaryShiftsTheAliasAndTheRecordKeepsEventsHooksAndTrafficSteps() throws Exception {
        ExecutionState execution = run("greeter-live", hooks("true"));

        assertThat(execution.action("Deploy/Shift").orElseThrow().status()).isEqualTo(Status.SUCCEEDED);
        ActionState.Deployment deployment = deployment(execution);
        assertThat(deployment.computePlatform()).isEqualTo("Lambda");
        assertThat(deployment.instances()).singleElement().satisfies(target -> {
            assertThat(target.instanceId()).isEqualTo("greeter:live");
            assertThat(target.events()).extracting(ActionState.Event::name).containsExactly("Start",
                    "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic", "End");
            assertThat(target.events().get(3).scripts()).containsExactly(new ActionState.Script("checkAfter", 0));
        });
        // Canary20Percent3Minutes: TimeBasedCanary 20 %, the rest 3 minutes later
        assertThat(steps(deployment)).containsExactly("0 {1=80, 2=20}", "3 {1=0, 2=100}");
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 2");
        assertThat(listener.events).contains("note Deploy/Shift/AllowTraffic: traffic 1: 80%, 2: 20%");
    }

    @Test
    void eachLambdaEventReportsItsDurationOnTheEnginesClock() throws Exception {
        run("greeter-live", hooks("true"));

        // the canary's three minutes between its two steps are AllowTraffic's, whatever the time scale
        assertThat(listener.durations).containsEntry("Deploy/Shift/AllowTraffic", Duration.ofMinutes(3).toMillis())
                .containsEntry("Deploy/Shift/Start", 0L);
    }

    @Test
    void theRecordWithTrafficStepsFollowsTheSchemaAndReadsBackTheSame() throws Exception {
        ExecutionState execution = run("greeter-live", hooks("true"));

        String record = ExecutionJson.record(execution);
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/execution-record.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(schema.validate(new ObjectMapper().readTree(record))).isEmpty();
        assertThat(record).contains("\"computePlatform\" : \"Lambda\"", "\"trafficSteps\"");
        ExecutionState reread = new ExecutionStore(temp.resolve("store")).load(execution.executionId());
        assertThat(deployment(reread)).isEqualTo(deployment(execution));
    }

    @Test
    void aFailedAfterAllowTrafficHookFailsTheActionAndPutsTheAliasBackOnTheCurrentVersion() throws Exception {
        ExecutionState execution = run("greeter-live", hooks("echo '{\"status\": \"Failed\"}'"));

        ActionState action = execution.action("Deploy/Shift").orElseThrow();
        assertThat(action.status()).isEqualTo(Status.FAILED);
        assertThat(action.error().message()).endsWith(
                "failed: the hook function checkAfter reported Failed (traffic is back on the original)");
        assertThat(action.deployment().rolledBack()).isTrue();
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 1");
        assertThat(execution.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aGroupWithoutTemplateTakesItsConfigurationFromTheDeploymentConfigOption() throws Exception {
        ExecutionState execution = run("no-such-group", new ComputeOptions(Map.of("checkBefore", "true",
                "checkAfter", "true"), "CodeDeployDefault.LambdaLinear10PercentEvery1Minute", Map.of()));

        assertThat(steps(deployment(execution))).hasSize(10).startsWith("0 {1=90, 2=10}")
                .endsWith("9 {1=0, 2=100}");
    }

    @Test
    void aLambdaAppspecNeverRunsEc2EventsEvenInAServerGroup() throws Exception {
        ExecutionState execution = run("fleet", hooks("true"));

        ActionState action = execution.action("Deploy/Shift").orElseThrow();
        assertThat(action.status()).isEqualTo(Status.FAILED);
        assertThat(action.error().message()).isEqualTo("the AppSpec of Src is written for AWS Lambda, but deployment"
                + " group fleet deploys to the Server compute platform; nothing was deployed");
        assertThat(listener.events).noneMatch(event -> event.contains("ApplicationStop") || event.contains("Install"));
        assertThat(temp.resolve("instance")).doesNotExist();
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 1");
    }

    @Test
    void withoutTemplateOrOptionTheAppspecSaysLambdaAndItsDefaultConfigurationShiftsAllAtOnce() throws Exception {
        ExecutionState execution = run("no-such-group", hooks("true"));

        assertThat(steps(deployment(execution))).containsExactly("0 {1=0, 2=100}");
        assertThat(listener.events).noneMatch(event -> event.contains("ApplicationStop"));
    }

    /**
     * Issue 13, part A1: {@code run --deployment-group FILE} with the output of {@code aws deploy
     * get-deployment-group} for a Lambda group is played by the Lambda player with the file's configuration (a
     * custom one from {@code get-deployment-config}), ahead of the template's group of that name.
     */
    @Test
    void aGetDeploymentGroupFileOfALambdaGroupIsPlayedWithItsCustomConfiguration() throws Exception {
        Path group = temp.resolve("group.json");
        Files.writeString(group, """
                {"deploymentGroupInfo": {"applicationName": "greeter-app", "deploymentGroupName": "greeter-live",
                  "deploymentConfigName": "Half2Minutes", "computePlatform": "Lambda",
                  "deploymentStyle": {"deploymentType": "BLUE_GREEN", "deploymentOption": "WITH_TRAFFIC_CONTROL"}}}
                """);
        Path config = temp.resolve("config.json");
        Files.writeString(config, """
                {"deploymentConfigInfo": {"deploymentConfigName": "Half2Minutes", "computePlatform": "Lambda",
                  "trafficRoutingConfig": {"type": "TimeBasedCanary",
                    "timeBasedCanary": {"canaryPercentage": 50, "canaryInterval": 2}}}}
                """);
        Path template = repo.resolve("pipeline.yml");
        ExecutionSetup setup = new ExecutionSetup(repo, null, template, temp.resolve("instance"), Map.of(), Map.of(),
                new ActionOptions(List.of(group, config), null, null, false, Map.of()).withCompute(hooks("true")));

        ExecutionState execution = new ExecutionEngine(temp.resolve("store"), jumping, listener, Map.of(),
                ApprovalDecider.PENDING).start(PipelineFiles.read(template, "pipeline.yml"), setup, Map.of());

        assertThat(execution.action("Deploy/Shift").orElseThrow().status()).isEqualTo(Status.SUCCEEDED);
        assertThat(deployment(execution).computePlatform()).isEqualTo("Lambda");
        assertThat(steps(deployment(execution))).containsExactly("0 {1=50, 2=50}", "2 {1=0, 2=100}");
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 2");
    }

    /** Issue 13, part A1: a predefined Lambda configuration named by the file. */
    @Test
    void aGetDeploymentGroupFileNamingAPredefinedLambdaConfigurationShiftsByIt() throws Exception {
        Path group = temp.resolve("group.json");
        Files.writeString(group, """
                {"deploymentGroupInfo": {"applicationName": "greeter-app", "deploymentGroupName": "greeter-live",
                  "deploymentConfigName": "CodeDeployDefault.LambdaLinear10PercentEvery1Minute",
                  "computePlatform": "Lambda"}}
                """);
        Path template = repo.resolve("pipeline.yml");
        ExecutionSetup setup = new ExecutionSetup(repo, null, template, temp.resolve("instance"), Map.of(), Map.of(),
                new ActionOptions(List.of(group), null, null, false, Map.of()).withCompute(hooks("true")));

        ExecutionState execution = new ExecutionEngine(temp.resolve("store"), jumping, listener, Map.of(),
                ApprovalDecider.PENDING).start(PipelineFiles.read(template, "pipeline.yml"), setup, Map.of());

        assertThat(steps(deployment(execution))).hasSize(10).startsWith("0 {1=90, 2=10}").endsWith("9 {1=0, 2=100}");
    }
}
