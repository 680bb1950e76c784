package dev.codestages.engine;

import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import dev.codestages.codedeploy.TrafficWeights;
import java.util.ArrayList;
import java.util.List;

/**
 * A Lambda or ECS deployment in the execution record while it plays: InProgress from its start, each
 * lifecycle event and traffic shift added as it ends, so {@code aws deploy get-deployment} and the console see
 * the deployment before its action ends. Everything it hears also goes to the action's log
 * ({@link DeploymentLog}).
 */
final class LiveDeployment implements ServiceDeploymentListener {

    private final ActionRun run;
    private final ServiceDeploymentListener log;
    private final String application;
    private final String group;
    private final String deploymentId;
    private final String platform;
    private final String target;
    private final List<ActionState.Event> events = new ArrayList<>();
    private final List<ActionState.TrafficStep> steps = new ArrayList<>();

    /**
     * Records {@code deploymentId} of {@code application}/{@code group} to {@code target} (the function and alias,
     * or the service) as InProgress.
     */
    LiveDeployment(ActionRun run, EngineClock clock, String application, String group, String deploymentId,
                   String platform, String target) {
        this.run = run;
        this.log = new DeploymentLog(run.listener(), clock);
        this.application = application;
        this.group = group;
        this.deploymentId = deploymentId;
        this.platform = platform;
        this.target = target;
        run.progress().deployment(now("InProgress", false));
    }

    /** The deployment as it stands, with {@code status}. */
    ActionState.Deployment now(String status, boolean rolledBack) {
        List<ActionState.Instance> instances = List.of(new ActionState.Instance(target, status, events));
        return new ActionState.Deployment(deploymentId, application, group, status, rolledBack, instances,
                platform, steps);
    }

    /** Records that the deployment stopped and its traffic went back to the original. */
    void stopped() {
        run.progress().deployment(now("Stopped", true));
    }

    @Override
    public void eventStarted(String event) {
        log.eventStarted(event);
    }

    @Override
    public void eventEnded(LifecycleEventResult result) {
        log.eventEnded(result);
        List<ActionState.Script> scripts = result.hookFunction() == null ? List.of()
                : List.of(new ActionState.Script(result.hookFunction(), result.exitCode()));
        events.add(new ActionState.Event(result.name(), result.status(), scripts));
        run.progress().deployment(now("InProgress", false));
    }

    @Override
    public void trafficShifted(TrafficWeights weights) {
        log.trafficShifted(weights);
        steps.add(new ActionState.TrafficStep(weights.at(), weights.weights()));
        run.progress().deployment(now("InProgress", false));
    }

    @Override
    public void log(String line) {
        log.log(line);
    }
}
