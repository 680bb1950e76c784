package dev.codestages.engine;

import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import dev.codestages.codedeploy.TrafficWeights;
import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a Lambda or ECS deployment into the action's log and the terminal: each lifecycle event as a step of
 * the action, each traffic shift as a note of AllowTraffic (so a class sees the weights move), and the lines
 * of hook functions and tasks. An event's duration is read on the engine's clock, so that a canary's wait shows
 * its configured minutes at any {@code --time-scale}.
 */
final class DeploymentLog implements ServiceDeploymentListener {

    private final RunListener listener;
    private final EngineClock clock;
    private String current = "";
    private Instant startedAt;

    DeploymentLog(RunListener listener, EngineClock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public void eventStarted(String event) {
        current = event;
        startedAt = clock.now();
        listener.started(event);
    }

    @Override
    public void eventEnded(LifecycleEventResult result) {
        if (result.message() != null) {
            listener.note(result.name(), result.message());
        }
        StepStatus status = result.failed() ? StepStatus.FAILED
                : result.status().equals(LifecycleEventResult.SKIPPED) ? StepStatus.SKIPPED : StepStatus.SUCCEEDED;
        long took = startedAt == null || !result.name().equals(current) ? 0
                : Math.max(0, Duration.between(startedAt, clock.now()).toMillis());
        listener.finished(result.name(), status, took);
    }

    @Override
    public void trafficShifted(TrafficWeights weights) {
        listener.note(current, "traffic " + weights.describe());
    }

    @Override
    public void log(String line) {
        listener.output(current, line);
    }
}
