package dev.codestages.engine;

import dev.codestages.run.DeployAgent;
import dev.codestages.run.DeploySettings;
import dev.codestages.run.DeploymentResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CodeDeploy action (EC2/On-Premises, in place): deploys the input artifact into the instance folder
 * with {@link DeployAgent}, the agent's lifecycle events and hooks, and rolls back when the execution was
 * started so (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeDeploy.html).
 * One local instance for now; deployment groups with their own instances are later work.
 */
final class DeployPlayer implements ActionPlayer {

    /** The one local instance's id, as the record names it. */
    static final String INSTANCE_ID = "i-local";

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        if (run.inputArtifacts().isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", "a CodeDeploy action needs an input artifact");
        }
        String application = run.configuration().getOrDefault("ApplicationName", "local-app");
        String group = run.configuration().getOrDefault("DeploymentGroupName", "LocalFleet");
        ExecutionSetup setup = run.execution().setup();
        DeploySettings settings = new DeploySettings(application, group, "dg-" + ExecutionStore.safe(group), setup.rollback());
        Path bundle = run.execution().artifacts().get(run.inputArtifacts().get(0));
        DeploymentResult result = new DeployAgent(run.listener()).deploy(bundle, setup.target(), settings);
        // "rolled back" only when the rollback itself succeeded
        boolean rolledBack = result.rollback() != null && result.rollback().succeeded();
        ActionState.Deployment deployment = new ActionState.Deployment(result.id(), application, group,
                result.status().label(), rolledBack, List.of(new ActionState.Instance(INSTANCE_ID, result.status().label(),
                        events(result))));
        if (result.succeeded()) {
            return new ActionOutcome(Status.SUCCEEDED, null, java.util.Map.of(), null, deployment);
        }
        String rollback = result.rollback() == null ? ""
                : rolledBack ? " (rolled back to the last good revision in " + result.rollback().id() + ")"
                : " (the rollback " + result.rollback().id() + " failed too: " + result.rollback().failure() + ")";
        return new ActionOutcome(Status.FAILED, new ActionState.Error("JobFailed", result.failure() + rollback),
                java.util.Map.of(), null, deployment);
    }

    private static List<ActionState.Event> events(DeploymentResult result) {
        List<ActionState.Event> events = new ArrayList<>();
        for (DeploymentResult.EventResult event : result.events()) {
            List<ActionState.Script> scripts = new ArrayList<>();
            for (DeploymentResult.ScriptResult script : event.scripts()) {
                scripts.add(new ActionState.Script(script.location(), script.exitCode()));
            }
            events.add(new ActionState.Event(event.name(), event.status().label(), scripts));
        }
        return events;
    }
}
