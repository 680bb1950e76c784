package dev.codestages.engine;

import dev.codestages.codedeploy.DeploymentGroup;
import dev.codestages.codedeploy.DeploymentGroupException;
import dev.codestages.codedeploy.DeploymentGroupPlayer;
import dev.codestages.codedeploy.FleetHealth;
import dev.codestages.codedeploy.GroupDeploymentResult;
import dev.codestages.codedeploy.InstanceDeployment;
import dev.codestages.pipeline.ArtifactStore;
import dev.codestages.pipeline.Status;
import dev.codestages.pipeline.Value;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.StepStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CodeDeploy action (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeDeploy.html):
 * a deployment of the input artifact to the action's deployment group (ApplicationName + DeploymentGroupName),
 * found by {@link DeploymentGroupResolver}. An EC2/On-Premises (Server) group is played by
 * {@link DeploymentGroupPlayer} on its own instance folders, {@code <target>/<application>/<group>/<instance>},
 * so that two groups (test and prod) never share one; one deployment id on all its instances, its deployment
 * configuration, automatic rollback when the group (or {@code --rollback}) enables it. What CodeDeploy knows of
 * the group between deployments (the last good revision, each instance's health) is kept in the store
 * ({@link GroupHealthStore}). The record lists every instance with its events and scripts; "rolled back" only
 * when the rollback deployment succeeded. Lambda and ECS groups are dispatched to their own players.
 */
final class DeployPlayer implements ActionPlayer {

    /** The engine's clock, on which a blue/green deployment waits (for a reroute, before terminating). */
    private final EngineClock clock;

    DeployPlayer(EngineClock clock) {
        this.clock = clock;
    }

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        if (run.inputArtifacts().isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", "a CodeDeploy action needs an input artifact");
        }
        String application = run.configuration().getOrDefault("ApplicationName", "local-app");
        String groupName = run.configuration().getOrDefault("DeploymentGroupName", "LocalFleet");
        ExecutionSetup setup = run.execution().setup();
        DeploymentGroupResolver.Resolved resolved;
        try {
            resolved = DeploymentGroupResolver.resolve(setup, application, groupName);
        } catch (DeploymentGroupException e) {
            return ActionOutcome.failed("ConfigurationError", e.getMessage());
        }
        // the dispatch point per compute platform: the Lambda and ECS players plug in here
        switch (resolved.computePlatform()) {
            case "Server":
                return deployToServers(run, resolved.group());
            default:
                return ActionOutcome.failed("ConfigurationError", "CodeDeploy to the " + resolved.computePlatform()
                        + " compute platform (application '" + application + "') is not simulated locally; stand in"
                        + " for it with --stub " + run.step() + "=succeed or =fail");
        }
    }

    /**
     * What the agent tells every hook of an S3 revision (aws-codedeploy-agent 800eb28, command_executor.rb
     * {@code get_s3_envs}), and a CodeDeploy action's revision is one: the artifact store's bucket, the
     * artifact's key in it (its path in the local store) and its ETag. No BUNDLE_VERSION: the local store
     * keeps no object versions, and the agent leaves out a version it does not have.
     */
    private static Map<String, String> revisionEnvironment(ActionRun run, Path bundle) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        ExecutionEngine.read(run.execution().setup()).artifactStore().map(ArtifactStore::location)
                .filter(Value::isLiteral).ifPresent(bucket -> environment.put("BUNDLE_BUCKET", bucket.text()));
        Path objects = run.store().resolve("artifacts");
        environment.put("BUNDLE_KEY", (bundle.startsWith(objects) ? objects.relativize(bundle) : bundle.getFileName())
                .toString().replace('\\', '/'));
        if (Files.isRegularFile(bundle)) {
            environment.put("BUNDLE_ETAG", S3ETag.of(bundle));
        }
        return environment;
    }

    private ActionOutcome deployToServers(ActionRun run, DeploymentGroup group)
            throws IOException, InterruptedException {
        ExecutionSetup setup = run.execution().setup();
        Path bundle = run.execution().artifacts().get(run.inputArtifacts().get(0));
        GroupHealthStore healthStore = new GroupHealthStore(run.store());
        FleetHealth health = healthStore.read(group.applicationName(), group.name());
        run.listener().note("", "deployment group " + group.applicationName() + "/" + group.name() + " from "
                + group.source() + ": " + group.instances().size() + " instance(s), " + group.config().name()
                + ", automatic rollback " + (group.rollbackOnFailure() ? "on" : "off"));
        Path instances = setup.target().resolve(ExecutionStore.safe(group.applicationName()));
        GroupDeploymentResult result;
        try {
            result = new DeploymentGroupPlayer(instances, run.listener(),
                    setup.options().ignoreApplicationStopFailures(), new EngineDeploymentClock(clock))
                    .deploy(group, bundle, revisionEnvironment(run, bundle), health);
        } catch (DeploymentGroupException e) {
            return ActionOutcome.failed("ConfigurationError", e.getMessage());
        }
        healthStore.write(group.applicationName(), group.name(), result.health());
        ActionState.Deployment deployment = new ActionState.Deployment(result.id(), group.applicationName(),
                group.name(), result.status().label(), result.rolledBack(), instances(result));
        if (result.succeeded()) {
            return new ActionOutcome(Status.SUCCEEDED, null, Map.of(), null, deployment);
        }
        return new ActionOutcome(Status.FAILED, new ActionState.Error("JobFailed", failure(result)), Map.of(), null,
                deployment);
    }

    /** The service's error, the first failed instance's reason, and what became of the rollback. */
    private static String failure(GroupDeploymentResult result) {
        StringBuilder message = new StringBuilder("deployment " + result.id() + " failed");
        if (result.errorCode() != null) {
            message.append(" (").append(result.errorCode()).append("): ").append(result.message());
        }
        for (InstanceDeployment instance : result.instances()) {
            DeploymentResult agent = instance.agent();
            if (agent != null && agent.failure() != null && !agent.succeeded()) {
                String event = agent.events().stream().filter(e -> e.status() != StepStatus.SUCCEEDED
                        && e.status() != StepStatus.SKIPPED).map(DeploymentResult.EventResult::name).findFirst().orElse("");
                message.append("; ").append(instance.instanceId()).append(": ").append(event.isEmpty()
                        || agent.failure().startsWith(event) ? "" : event + " failed: ").append(agent.failure());
                break;
            }
        }
        GroupDeploymentResult rollback = result.rollback();
        if (rollback != null) {
            message.append(rollback.succeeded() ? "; rolled back to the last good revision in " + rollback.id()
                    : "; the rollback " + rollback.id() + " failed too"
                    + (rollback.message() == null ? "" : ": " + rollback.message()));
        }
        return message.toString();
    }

    private static List<ActionState.Instance> instances(GroupDeploymentResult result) {
        List<ActionState.Instance> instances = new ArrayList<>();
        for (InstanceDeployment instance : result.instances()) {
            instances.add(new ActionState.Instance(instance.instanceId(), instance.status().label(),
                    instance.agent() == null ? List.of() : events(instance.agent())));
        }
        return instances;
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
