package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.codedeploy.StopDeploymentRequests;
import dev.codestages.codedeploy.lambda.LambdaStore;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.RunListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: StopDeployment, as the API asks it (a {@link StopDeploymentRequests} file in the store, written by
 * another process than the one that plays), stops the deployment of a running CodeDeploy action: a Lambda canary
 * between its traffic steps, an EC2 blue/green deployment while it waits to reroute traffic. The deployment ends
 * Stopped and, asked with autoRollbackEnabled, rolled back (the alias back on CurrentVersion; the traffic back on
 * the original instances); the action fails with "Deployment ID was stopped" and the execution fails, as after any
 * failed action: the pipeline itself was not stopped. The deployments play on a hand-moved clock that the test
 * moves by one second after the request, never on the wall clock.
 */
class StopDeploymentTest {

    @TempDir
    Path temp;

    private final EngineClock.Manual clock = EngineClock.manual(JumpingClock.START);

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void stopDeploymentWithRollbackStopsALambdaCanaryAndTheActionFails() throws Exception {
        ExecutionSetup setup = StopDuringServiceDeploymentTest.greeterCanary(temp);
        LambdaStore functions = LambdaStore.in(temp.resolve("store"));

        // the canary's second step, 3 minutes after the first, never comes: the test does not move the clock so far
        CompletableFuture<ExecutionState> playing = play(setup, ApprovalDecider.PENDING);
        String id = awaitDeployment("Deploy/Shift", d -> d.trafficSteps().size() == 1);
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 1 (80%), 2 (20%)");

        ActionState shift = stopWithRollback(id, playing).action("Deploy/Shift").orElseThrow();

        assertThat(shift.error().message()).isEqualTo("Deployment " + id + " was stopped (traffic is back on the original)");
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 1");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void stopDeploymentWithRollbackEndsABlueGreenRerouteWaitAndTheOriginalInstancesKeepTheTraffic() throws Exception {
        // the sample waits 30 minutes for a reroute (STOP_DEPLOYMENT), on a clock that only the test moves
        CompletableFuture<ExecutionState> playing = play(BlueGreenOnTheEngineClockTest.blueGreenSample(temp),
                ApprovalDecider.always(ApprovalDecider.Decision.APPROVED, "ok"));
        String id = awaitDeployment("Deploy/Deploy", d -> d.status().equals("Ready"));

        ActionState deploy = stopWithRollback(id, playing).action("Deploy/Deploy").orElseThrow();

        assertThat(deploy.error().message()).startsWith("Deployment " + id + " was stopped").contains("rolled back");
        // the replacement instances never took the traffic: the group's fleet is still the original one
        assertThat(temp.resolve("instances/sample-app/sample-fleet")).isDirectory();
        assertThat(temp.resolve("instances/sample-app/sample-fleet/fleet")).doesNotExist();
    }

    /**
     * Asks deployment {@code id} to stop and roll back as the API does, moves the clock one second, and checks what
     * every stopped deployment shows: the action Failed, its deployment Stopped and rolled back, the execution Failed,
     * the request gone.
     */
    private ExecutionState stopWithRollback(String id, CompletableFuture<ExecutionState> playing) throws Exception {
        new StopDeploymentRequests(temp.resolve("store")).request(id, true);
        clock.advance(Duration.ofSeconds(1));

        ExecutionState ended = playing.get(3, TimeUnit.MINUTES);
        ActionState action = ended.stages().get(ended.stages().size() - 1).actions().get(0);
        assertThat(action.status()).isEqualTo(Status.FAILED);
        assertThat(action.deployment().deploymentId()).isEqualTo(id);
        assertThat(action.deployment().status()).isEqualTo("Stopped");
        assertThat(action.deployment().rolledBack()).isTrue();
        assertThat(ended.status()).isEqualTo(Status.FAILED);
        assertThat(new StopDeploymentRequests(temp.resolve("store")).asked(id)).isEmpty();
        return ended;
    }

    /** Starts an execution on the hand-moved clock. */
    private CompletableFuture<ExecutionState> play(ExecutionSetup setup, ApprovalDecider decider) {
        ExecutionEngine engine = new ExecutionEngine(temp.resolve("store"), clock, RunListener.SILENT, Map.of(), decider);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return engine.start(PipelineFiles.read(setup.pipelineFile(), "pipeline.yml"), setup, Map.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The id of the deployment of {@code step} once the record shows it as {@code shown} wants. */
    private String awaitDeployment(String step, java.util.function.Predicate<ActionState.Deployment> shown)
            throws Exception {
        ExecutionState execution = StopDuringServiceDeploymentTest.awaitRecord(temp.resolve("store"),
                e -> e.action(step).map(ActionState::deployment).filter(shown).isPresent(), "the deployment of " + step);
        return execution.action(step).orElseThrow().deployment().deploymentId();
    }
}
