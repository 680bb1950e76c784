package dev.codestages.codedeploy.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.appspec.LambdaAppspec;
import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.TrafficWeights;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link LambdaDeployment}: a Lambda AppSpec played as CodeDeploy does, event by event, with the alias
 * moving on a clock that jumps, hook functions reporting by exit status or JSON, and the rollback.
 */
class LambdaDeploymentTest {

    @TempDir
    Path project;

    private LambdaStore store;
    private final ManualClock clock = new ManualClock();
    private final List<String> heard = new ArrayList<>();
    private final ServiceDeploymentListener listener = new ServiceDeploymentListener() {
        @Override
        public void eventEnded(LifecycleEventResult result) {
            heard.add(result.name() + " " + result.status());
        }
    };

    @BeforeEach
    void twoVersionsAndAnAliasOnTheFirst() throws Exception {
        store = LambdaStore.in(project.resolve(".codestages"));
        store.publishCommand("greeter", "echo one");
        store.publishCommand("greeter", "echo two");
        store.setAlias("greeter", "live", "1");
    }

    /** The greeter AppSpec (live from 1 to 2, hooks checkBefore and checkAfter), aimed at {@code targetVersion}. */
    private LambdaAppspec appspec(String targetVersion) throws Exception {
        Path revision = Files.createDirectories(project.resolve("revision"));
        String text = new String(getClass().getResourceAsStream("/codedeploy/greeter-appspec.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(revision.resolve("appspec.yaml"), text.replace("TargetVersion: \"2\"",
                "TargetVersion: \"" + targetVersion + "\""), StandardCharsets.UTF_8);
        return LambdaAppspec.load(revision);
    }

    private ServiceDeploymentResult play(String config, Map<String, String> functions) throws Exception {
        return play(config, functions, clock, Optional::empty);
    }

    private ServiceDeploymentResult play(String config, Map<String, String> functions, DeploymentClock on,
                                         Supplier<Optional<String>> stop) throws Exception {
        HookFunctions hooks = new HookFunctions(store, project, functions);
        return new LambdaDeployment(store, hooks, on).play("d-TEST12345", appspec("2"),
                LambdaDeploymentConfig.named(config), stop, listener);
    }

    private static Map<String, String> passingHooks() {
        return Map.of("checkBefore", "cat > before.json", "checkAfter", "true");
    }

    private static List<String> steps(ServiceDeploymentResult result) {
        List<String> steps = new ArrayList<>();
        for (TrafficWeights weights : result.traffic()) {
            steps.add(Duration.between(ManualClock.START, weights.at()).toMinutes() + " " + weights.describe());
        }
        return steps;
    }

    @Test
    void aCanaryPlaysTheLambdaEventsInOrderAndShiftsTenPercentThenTheRestAfterFiveMinutes() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.LambdaCanary10Percent5Minutes", passingHooks());

        assertThat(result.status()).isEqualTo("Succeeded");
        assertThat(heard).containsExactly("Start Succeeded", "BeforeAllowTraffic Succeeded", "AllowTraffic Succeeded",
                "AfterAllowTraffic Succeeded", "End Succeeded");
        assertThat(steps(result)).containsExactly("0 1: 90%, 2: 10%", "5 1: 0%, 2: 100%");
        assertThat(store.alias("greeter", "live").describe()).isEqualTo("live: 2");
        assertThat(result.events()).extracting(LifecycleEventResult::hookFunction)
                .containsExactly(null, "checkBefore", null, "checkAfter", null);
        assertThat(Files.readString(project.resolve("before.json")))
                .matches("\\{\"DeploymentId\":\"d-TEST12345\",\"LifecycleEventHookExecutionId\":\"[0-9a-f-]{36}\"}");
    }

    @Test
    void aLinearDeploymentShiftsTenPercentEveryMinuteUntilTheNewVersionHasEverything() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.LambdaLinear10PercentEvery1Minute", passingHooks());

        assertThat(steps(result)).hasSize(10).startsWith("0 1: 90%, 2: 10%", "1 1: 80%, 2: 20%")
                .endsWith("8 1: 10%, 2: 90%", "9 1: 0%, 2: 100%");
        assertThat(store.alias("greeter", "live").version()).isEqualTo("2");
    }

    @Test
    void allAtOnceMovesTheAliasInOneStep() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.LambdaAllAtOnce", passingHooks());

        assertThat(steps(result)).containsExactly("0 1: 0%, 2: 100%");
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void duringACanaryTheAliasIsAnsweredByBothVersions() throws Exception {
        LambdaInvoker invoker = new LambdaInvoker(store, project, new Random(11));
        TreeSet<String> answers = new TreeSet<>();
        DeploymentClock invokingWhileWaiting = new DeploymentClock() {
            @Override
            public Instant now() {
                return clock.now();
            }

            @Override
            public void sleepUntil(Instant instant) throws InterruptedException {
                if (instant.isAfter(clock.now())) {
                    try {
                        for (int i = 0; i < 60; i++) {
                            answers.add(invoker.invoke(QualifiedName.parse("greeter:live"), "{}").answer().strip());
                        }
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                clock.sleepUntil(instant);
            }
        };

        play("CodeDeployDefault.LambdaCanary10Percent5Minutes", passingHooks(), invokingWhileWaiting, Optional::empty);

        assertThat(answers).containsExactly("one", "two");
    }

    @Test
    void aFailedAfterAllowTrafficHookRollsTheAliasBackToTheCurrentVersion() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.LambdaCanary10Percent5Minutes",
                Map.of("checkBefore", "true", "checkAfter", "echo 'smoke test failed' >&2; exit 3"));

        assertThat(result.status()).isEqualTo("Failed");
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.failure()).isEqualTo("the hook function checkAfter failed (exit status 3)");
        assertThat(heard).containsExactly("Start Succeeded", "BeforeAllowTraffic Succeeded", "AllowTraffic Succeeded",
                "AfterAllowTraffic Failed", "End Skipped");
        assertThat(store.alias("greeter", "live").describe()).isEqualTo("live: 1");
    }

    @Test
    void aHookThatAnswersFailedInJsonFailsTheDeploymentBeforeTheAliasMoves() throws Exception {
        ServiceDeploymentResult result = play("CodeDeployDefault.LambdaAllAtOnce",
                Map.of("checkBefore", "echo '{\"status\": \"Failed\"}'", "checkAfter", "true"));

        assertThat(result.status()).isEqualTo("Failed");
        assertThat(result.rolledBack()).isFalse();
        assertThat(result.failure()).isEqualTo("the hook function checkBefore reported Failed");
        assertThat(result.traffic()).isEmpty();
        assertThat(heard).containsExactly("Start Succeeded", "BeforeAllowTraffic Failed", "AllowTraffic Skipped",
                "AfterAllowTraffic Skipped", "End Skipped");
        assertThat(store.alias("greeter", "live").describe()).isEqualTo("live: 1");
    }

    @Test
    void aHookFunctionFromTheStoreRunsWhenNoCommandIsGiven() throws Exception {
        store.publishCommand("checkBefore", "echo '{\"Status\": \"Succeeded\"}'");
        store.publishCommand("checkAfter", "exit 0");

        ServiceDeploymentResult result = play("CodeDeployDefault.LambdaAllAtOnce", Map.of());

        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void aTargetVersionThatIsNotPublishedFailsAtStartWithLambdasMessage() throws Exception {
        HookFunctions hooks = new HookFunctions(store, project, passingHooks());
        ServiceDeploymentResult result = new LambdaDeployment(store, hooks, clock).play("d-TEST12345",
                appspec("9"), LambdaDeploymentConfig.named("CodeDeployDefault.LambdaAllAtOnce"),
                Optional::empty, listener);

        assertThat(result.status()).isEqualTo("Failed");
        assertThat(result.failure()).isEqualTo("Function not found: greeter:9");
        assertThat(heard).containsExactly("Start Failed", "BeforeAllowTraffic Skipped", "AllowTraffic Skipped",
                "AfterAllowTraffic Skipped", "End Skipped");
        assertThat(project.resolve("before.json")).doesNotExist();
    }

    @Test
    void aStopDuringTheCanaryPutsAllTrafficBackOnTheCurrentVersion() throws Exception {
        List<Boolean> asked = new ArrayList<>();
        ServiceDeploymentResult result = play("CodeDeployDefault.LambdaCanary10Percent5Minutes", passingHooks(), clock,
                () -> {
                    asked.add(true);
                    return asked.size() > 1 ? Optional.of("stopped by the user") : Optional.empty();
                });

        assertThat(result.status()).isEqualTo("Stopped");
        assertThat(result.rolledBack()).isTrue();
        assertThat(steps(result)).containsExactly("0 1: 90%, 2: 10%");
        assertThat(store.alias("greeter", "live").describe()).isEqualTo("live: 1");
        assertThat(heard).endsWith("AllowTraffic Failed", "AfterAllowTraffic Skipped", "End Skipped");
    }
}
