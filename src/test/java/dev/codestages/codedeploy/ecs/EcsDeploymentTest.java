package dev.codestages.codedeploy.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.appspec.EcsAppspec;
import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.TrafficWeights;
import dev.codestages.codedeploy.lambda.DeploymentClock;
import dev.codestages.codedeploy.lambda.HookFunctions;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link EcsDeployment}: a blue/green deployment of two local task sets behind a production and a test
 * listener, with the ECS events in order, the test listener on the replacement, the production traffic shifted
 * on a clock that jumps, and the rollback with the original serving.
 */
class EcsDeploymentTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> heard = new ArrayList<>();
    private EcsDeployment deployment;
    private EcsAppspec appspec;
    private Map<String, String> containers;
    private final TreeSet<String> productionDuringCanary = new TreeSet<>();

    /** Jumps to each instant asked for; while the canary waits it asks the production listener 40 times. */
    private final DeploymentClock clock = new DeploymentClock() {
        private Instant now = START;

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public void sleepUntil(Instant instant) {
            if (instant.isAfter(now) && heard.contains("AllowTraffic started")) {
                for (int i = 0; i < 40; i++) {
                    productionDuringCanary.add(get(deployment.productionPort()));
                }
            }
            now = instant.isAfter(now) ? instant : now;
        }
    };

    @BeforeEach
    void appspecAndTheAppsCommand() throws Exception {
        Path revision = Files.createDirectories(project.resolve("revision"));
        String text = new String(getClass().getResourceAsStream("/codedeploy/ecs/appspec.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(revision.resolve("appspec.yaml"), text.replace("<TASK_DEFINITION>",
                "arn:aws:ecs:local:000000000000:task-definition/greeter:2"), StandardCharsets.UTF_8);
        appspec = EcsAppspec.load(revision);
        Path app = project.resolve("app.py");
        Files.copy(getClass().getResourceAsStream("/codedeploy/ecs/app.py"), app);
        containers = Map.of("greeter", "exec python3 " + app);
    }

    @AfterEach
    void stopTaskSets() {
        if (deployment != null) {
            deployment.close();
        }
    }

    private static TaskDefinition definition(String color, String tag) throws Exception {
        return TaskDefinition.parse("""
                {"family": "greeter", "containerDefinitions": [{"name": "web", "image": "greeter:%s",
                  "portMappings": [{"containerPort": 8080}], "environment": [{"name": "COLOR", "value": "%s"}]}]}
                """.formatted(tag, color), "taskdef.json");
    }

    private String get(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ServiceDeploymentResult play(String config, Map<String, String> hookCommands) throws Exception {
        LambdaStore store = LambdaStore.in(project.resolve(".codestages"));
        deployment = new EcsDeployment(new HookFunctions(store, project, hookCommands), clock, containers, project,
                new Random(3));
        ServiceDeploymentListener listener = new ServiceDeploymentListener() {
            @Override
            public void eventStarted(String event) {
                heard.add(event + " started");
            }

            @Override
            public void eventEnded(LifecycleEventResult result) {
                heard.add(result.name() + " " + result.status());
                if (result.name().equals("AllowTestTraffic")) {
                    heard.add("test listener: " + get(deployment.testPort()) + ", production: "
                            + get(deployment.productionPort()));
                }
            }
        };
        return deployment.play("d-ECSTEST01", appspec, definition("green", "2"), definition("blue", "1"),
                LambdaDeploymentConfig.ecsNamed(config), Duration.ofMinutes(5), Optional::empty, listener);
    }

    private static List<String> steps(ServiceDeploymentResult result) {
        List<String> steps = new ArrayList<>();
        for (TrafficWeights weights : result.traffic()) {
            steps.add(Duration.between(START, weights.at()).toMinutes() + " " + weights.describe());
        }
        return steps;
    }

    @Test
    void aBlueGreenCanaryPlaysTheEcsEventsTestsTheReplacementAndShiftsProductionTraffic() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.ECSCanary10Percent5Minutes",
                Map.of("checkTest", "true", "checkAfter", "true"));

        assertThat(result.status()).isEqualTo("Succeeded");
        assertThat(heard).filteredOn(line -> !line.endsWith("started")).containsExactly("Start Succeeded",
                "BeforeInstall Skipped", "Install Succeeded", "AfterInstall Skipped", "AllowTestTraffic Succeeded",
                "test listener: green, production: blue", "AfterAllowTestTraffic Succeeded",
                "BeforeAllowTraffic Skipped", "AllowTraffic Succeeded", "AfterAllowTraffic Succeeded", "End Succeeded");
        assertThat(steps(result)).containsExactly("0 blue: 90%, green: 10%", "5 blue: 0%, green: 100%");
        assertThat(productionDuringCanary).containsExactly("blue", "green");
        assertThat(get(deployment.productionPort())).isEqualTo("green");
        // the original task set is stopped once the termination wait is over
        assertThat(deployment.isRunning(EcsDeployment.ORIGINAL)).isFalse();
        assertThat(deployment.isRunning(EcsDeployment.REPLACEMENT)).isTrue();
    }

    @Test
    void aLinearConfigurationShiftsProductionTenPercentEveryMinute() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.ECSLinear10PercentEvery1Minutes",
                Map.of("checkTest", "true", "checkAfter", "true"));

        assertThat(steps(result)).hasSize(10).startsWith("0 blue: 90%, green: 10%").endsWith("9 blue: 0%, green: 100%");
    }

    @Test
    void aFailedHookAfterTheShiftRollsBackWithTheOriginalTaskSetServing() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.ECSAllAtOnce",
                Map.of("checkTest", "true", "checkAfter", "echo '{\"status\": \"Failed\"}'"));

        assertThat(result.status()).isEqualTo("Failed");
        assertThat(result.rolledBack()).isTrue();
        assertThat(heard).filteredOn(line -> !line.endsWith("started")).endsWith("AfterAllowTraffic Failed",
                "End Skipped");
        assertThat(get(deployment.productionPort())).isEqualTo("blue");
        assertThat(get(deployment.testPort())).isEqualTo("blue");
        assertThat(deployment.isRunning(EcsDeployment.ORIGINAL)).isTrue();
        assertThat(deployment.isRunning(EcsDeployment.REPLACEMENT)).isFalse();
    }

    @Test
    void aFailedTestTrafficHookRollsBackBeforeProductionTrafficMoves() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.ECSAllAtOnce",
                Map.of("checkTest", "exit 1", "checkAfter", "true"));

        assertThat(result.status()).isEqualTo("Failed");
        assertThat(result.traffic()).isEmpty();
        assertThat(result.events()).extracting(LifecycleEventResult::name).doesNotContain("ApplicationStop",
                "DownloadBundle", "ValidateService");
        assertThat(get(deployment.productionPort())).isEqualTo("blue");
    }
}
