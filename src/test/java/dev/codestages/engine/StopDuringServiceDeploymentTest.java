package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.codestages.codedeploy.lambda.LambdaStore;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import dev.codestages.run.RunListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, part A3: {@code codestages stop EXECUTION_ID --abandon} from another process reaches a running Lambda
 * traffic shift and an ECS blue/green deployment. The deployment plays on a hand-moved clock that nobody moves, so
 * it waits between two traffic steps for as long as the test wants; a second engine on the same store (as the
 * {@code stop} command is) asks for the stop through the store. The deployment stops and rolls back as CodeDeploy
 * does on a stop (the alias back on CurrentVersion, the original task set serving), the record keeps it Stopped and
 * rolled back, the action is Abandoned and the execution Stopped (pipelines-stop.html).
 */
class StopDuringServiceDeploymentTest {

    @TempDir
    Path temp;

    private final RecordingListener listener = new RecordingListener();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aStopAndAbandonFromAnotherEngineStopsALambdaCanaryAndPutsTheAliasBackOnCurrentVersion() throws Exception {
        LambdaStore functions = LambdaStore.in(temp.resolve("store"));
        ExecutionSetup setup = greeterCanary(temp);
        Path template = setup.pipelineFile();

        // the template's Canary20Percent3Minutes: 20 % at once, the rest 3 minutes later, which never come
        CompletableFuture<ExecutionState> playing = play(setup, template);
        ExecutionState shifting = awaitRecord(execution -> deployment(execution) != null
                && deployment(execution).trafficSteps().size() == 1, "the canary step in the record");
        assertThat(deployment(shifting).status()).isEqualTo("InProgress");
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 1 (80%), 2 (20%)");

        ExecutionState stopped = otherEngine().stop(shifting.executionId(), true, "wrong version");

        assertThat(playing.get(2, TimeUnit.MINUTES).status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.statusSummary()).isEqualTo("Stopped and abandoned: wrong version");
        assertThat(stopped.action("Deploy/Shift").orElseThrow().status()).isEqualTo(Status.ABANDONED);
        assertThat(deployment(stopped).status()).isEqualTo("Stopped");
        assertThat(deployment(stopped).rolledBack()).isTrue();
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 1");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aStopAndAbandonFromAnotherEngineStopsAnEcsBlueGreenDeploymentAndTheOriginalTaskSetServes() throws Exception {
        Path repo = EcsDeployPlayerTest.serviceRepository(temp);
        Path pipeline = repo.resolve("pipeline.yml");
        Map<String, String> hooks = Map.of("checkTest", "true", "checkAfter", "true");
        Map<String, String> containers = Map.of("greeter", "exec python3 app.py");
        // a first deployment all at once makes the service's original task set
        ExecutionState first = new ExecutionEngine(temp.resolve("store"), new JumpingClock(), RunListener.SILENT,
                Map.of(), ApprovalDecider.PENDING).start(PipelineFiles.read(pipeline, "pipeline.yml"),
                setup(repo, pipeline, new ComputeOptions(hooks, "CodeDeployDefault.ECSAllAtOnce", containers)), Map.of());
        assertThat(first.status()).isEqualTo(Status.SUCCEEDED);

        CompletableFuture<ExecutionState> playing = play(setup(repo, pipeline,
                new ComputeOptions(hooks, "CodeDeployDefault.ECSCanary10Percent5Minutes", containers)), pipeline);
        ExecutionState shifting = awaitRecord(execution -> !execution.executionId().equals(first.executionId())
                && deployment(execution) != null && deployment(execution).trafficSteps().size() == 1,
                "the canary step of the second deployment in the record");
        assertThat(deployment(shifting).trafficSteps().get(0).weights()).isEqualTo(Map.of("blue", 90, "green", 10));

        ExecutionState stopped = otherEngine().stop(shifting.executionId(), true, "roll it back");

        assertThat(playing.get(2, TimeUnit.MINUTES).status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.action("Deploy/BlueGreen").orElseThrow().status()).isEqualTo(Status.ABANDONED);
        ActionState.Deployment deployment = stopped.action("Deploy/BlueGreen").orElseThrow().deployment();
        assertThat(deployment.status()).isEqualTo("Stopped");
        assertThat(deployment.rolledBack()).isTrue();
        assertThat(listener.output).contains(
                "Deploy/BlueGreen/AllowTraffic| rolled back: both listeners send everything to the original task set");
        // the service's task definition is still the first deployment's
        assertThat(temp.resolve("store/ecs/services/greeter-ecs/greeter-service.json"))
                .hasContent(Files.readString(temp.resolve("store/ecs/task-definitions/greeter/1.json")));
    }

    /**
     * The greeter function (versions 1 and 2, alias live on 1) in {@code temp}'s store and a repository whose
     * pipeline deploys version 2 with Canary20Percent3Minutes: 20 % at once, the rest 3 minutes later.
     */
    static ExecutionSetup greeterCanary(Path temp) throws Exception {
        LambdaStore functions = LambdaStore.in(temp.resolve("store"));
        functions.publishCommand("greeter", "echo one");
        functions.publishCommand("greeter", "echo two");
        functions.setAlias("greeter", "live", "1");
        Path repo = temp.resolve("greeter");
        GitRepos.init(repo);
        Files.copy(StopDuringServiceDeploymentTest.class.getResourceAsStream("/codedeploy/greeter-appspec.yaml"),
                repo.resolve("appspec.yaml"));
        Files.copy(StopDuringServiceDeploymentTest.class.getResourceAsStream("lambda-pipeline.yml"),
                repo.resolve("pipeline.yml"));
        GitRepos.commitAll(repo, "greeter");
        return new ExecutionSetup(repo, null, repo.resolve("pipeline.yml"), temp.resolve("instance"), Map.of(), Map.of(),
                ActionOptions.NONE.withCompute(new ComputeOptions(Map.of("checkBefore", "true", "checkAfter", "true"),
                        null, Map.of())));
    }

    private ExecutionSetup setup(Path repo, Path pipeline, ComputeOptions compute) {
        return new ExecutionSetup(repo, null, pipeline, temp.resolve("instance"), Map.of(), Map.of(),
                ActionOptions.NONE.withRollback(Boolean.TRUE).withCompute(compute));
    }

    /** Starts an execution on a clock that nobody moves: its deployment waits at its first traffic step. */
    private CompletableFuture<ExecutionState> play(ExecutionSetup setup, Path pipeline) {
        ExecutionEngine engine = new ExecutionEngine(temp.resolve("store"), EngineClock.manual(JumpingClock.START),
                listener, Map.of(), ApprovalDecider.PENDING);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return engine.start(PipelineFiles.read(pipeline, "pipeline.yml"), setup, Map.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What {@code codestages stop} runs: another engine on the same store. */
    private PipelineControl otherEngine() {
        return new PipelineControl(new ExecutionEngine(temp.resolve("store"), new JumpingClock(), RunListener.SILENT,
                Map.of(), ApprovalDecider.PENDING));
    }

    private static ActionState.Deployment deployment(ExecutionState execution) {
        return execution.stages().get(1).actions().get(0).deployment();
    }

    /** Polls the store, as another process reads it, until an execution shows what {@code shown} wants. */
    private ExecutionState awaitRecord(Predicate<ExecutionState> shown, String what) throws Exception {
        return awaitRecord(temp.resolve("store"), shown, what);
    }

    /** Polls {@code storeDir}, as another process reads it, until an execution shows what {@code shown} wants. */
    static ExecutionState awaitRecord(Path storeDir, Predicate<ExecutionState> shown, String what) throws Exception {
        ExecutionStore store = new ExecutionStore(storeDir);
        for (int attempt = 0; attempt < 2400; attempt++) {
            for (ExecutionState execution : store.history()) {
                if (shown.test(execution)) {
                    return execution;
                }
            }
            Thread.sleep(50);
        }
        return fail("waited in vain for " + what);
    }
}
