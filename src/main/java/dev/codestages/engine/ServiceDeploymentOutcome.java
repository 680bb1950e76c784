package dev.codestages.engine;

import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.TrafficWeights;
import dev.codestages.pipeline.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Lambda or ECS deployment as the action's outcome and record: its one target as the only item of
 * {@code instances}, each event with the hook function that ran at it as its script, the compute platform and
 * the traffic steps.
 */
final class ServiceDeploymentOutcome {

    private ServiceDeploymentOutcome() {
    }

    static ActionOutcome of(ServiceDeploymentResult result, String application, String group, String platform) {
        List<ActionState.Event> events = new ArrayList<>();
        for (LifecycleEventResult event : result.events()) {
            List<ActionState.Script> scripts = event.hookFunction() == null ? List.of()
                    : List.of(new ActionState.Script(event.hookFunction(), event.exitCode()));
            events.add(new ActionState.Event(event.name(), event.status(), scripts));
        }
        List<ActionState.TrafficStep> steps = new ArrayList<>();
        for (TrafficWeights weights : result.traffic()) {
            steps.add(new ActionState.TrafficStep(weights.at(), weights.weights()));
        }
        ActionState.Deployment deployment = new ActionState.Deployment(result.deploymentId(), application, group,
                result.status(), result.rolledBack(), List.of(new ActionState.Instance(result.target(), result.status(),
                events)), platform, steps);
        if (result.succeeded()) {
            return new ActionOutcome(Status.SUCCEEDED, null, Map.of(), null, deployment);
        }
        String rollback = result.rolledBack() ? " (traffic is back on the original)" : "";
        String message = ServiceDeploymentResult.STOPPED.equals(result.status())
                ? ActionOutcome.stoppedDeployment(result.deploymentId())
                : "deployment " + result.deploymentId() + " " + result.status().toLowerCase(java.util.Locale.ROOT) + ": "
                + result.failure();
        return new ActionOutcome(Status.FAILED, new ActionState.Error("JobFailed", message + rollback), Map.of(), null,
                deployment);
    }
}
