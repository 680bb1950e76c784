package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.cli.Codestages;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.RunListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blue/green deployment group played by the engine waits on the engine's clock: the sample of
 * {@code init --fleet blue-green} waits 30 minutes for a reroute (STOP_DEPLOYMENT), and when that wait ends
 * without {@code continue} the deployment is Stopped and the action fails, as CodeDeploy does. On the real
 * clock this test would wait half an hour; the jumping clock ends the wait at once.
 */
class BlueGreenOnTheEngineClockTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theRerouteWaitRunsOnTheEngineClockAndEndsStoppedWithoutContinue() throws Exception {
        ExecutionSetup setup = blueGreenSample(temp);
        Path pipeline = setup.pipelineFile();
        JumpingClock clock = new JumpingClock();

        ExecutionState execution = new ExecutionEngine(temp.resolve("store"), clock, RunListener.SILENT, Map.of(),
                ApprovalDecider.always(ApprovalDecider.Decision.APPROVED, "ok"))
                .start(PipelineFiles.read(pipeline, "pipeline.yml"), setup, Map.of());

        ActionState deploy = execution.action("Deploy/Deploy").orElseThrow();
        assertThat(deploy.deployment()).as("%s %s / stages %s", deploy.status(), deploy.error(),
                execution.stages().stream().map(s -> s.name() + "=" + s.status()).toList()).isNotNull();
        assertThat(deploy.deployment().status()).isEqualTo("Stopped");
        assertThat(deploy.status()).isEqualTo(Status.FAILED);
        assertThat(execution.status()).isEqualTo(Status.FAILED);
        assertThat(Duration.between(JumpingClock.START, clock.now())).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
    }

    /** The sample of {@code init --fleet blue-green} in {@code temp}/app, its instances in {@code temp}/instances. */
    static ExecutionSetup blueGreenSample(Path temp) {
        Path app = temp.resolve("app");
        assertThat(Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("init", app.toString(), "--fleet", "blue-green")).isZero();
        return new ExecutionSetup(app, null, app.resolve("pipeline.yml"), temp.resolve("instances"), Map.of(), Map.of(),
                ActionOptions.NONE);
    }
}
