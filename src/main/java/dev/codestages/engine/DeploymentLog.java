package dev.codestages.engine;

import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import dev.codestages.codedeploy.TrafficWeights;
import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;

/**
 * Writes a Lambda or ECS deployment into the action's log and the terminal: each lifecycle event as a step of
 * the action, each traffic shift as a note of AllowTraffic (so a class sees the weights move), and the lines
 * of hook functions and tasks.
 */
final class DeploymentLog implements ServiceDeploymentListener {

    private final RunListener listener;
    private String current = "";

    DeploymentLog(RunListener listener) {
        this.listener = listener;
    }

    @Override
    public void eventStarted(String event) {
        current = event;
        listener.started(event);
    }

    @Override
    public void eventEnded(LifecycleEventResult result) {
        if (result.message() != null) {
            listener.note(result.name(), result.message());
        }
        StepStatus status = result.failed() ? StepStatus.FAILED
                : result.status().equals(LifecycleEventResult.SKIPPED) ? StepStatus.SKIPPED : StepStatus.SUCCEEDED;
        listener.finished(result.name(), status, 0);
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
