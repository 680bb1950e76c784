package dev.codestages.engine;

import dev.codestages.appspec.AppspecFile;
import dev.codestages.appspec.Platform;
import dev.codestages.codedeploy.DeploymentGroup;
import dev.codestages.codedeploy.DeploymentGroupException;
import dev.codestages.codedeploy.DeploymentGroupPlayer;
import dev.codestages.codedeploy.DeploymentStatusListener;
import dev.codestages.codedeploy.FleetHealth;
import dev.codestages.codedeploy.GroupDeploymentResult;
import dev.codestages.codedeploy.InstanceDeployment;
import dev.codestages.codedeploy.ServiceGroup;
import dev.codestages.pipeline.ArtifactStore;
import dev.codestages.pipeline.Status;
import dev.codestages.pipeline.Value;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.StepStatus;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one player of CodePipeline's CodeDeploy and CodeDeployToECS actions
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeDeploy.html,
 * action-reference-ECSbluegreen.html): finds the action's deployment group (ApplicationName +
 * DeploymentGroupName) and its compute platform with {@link DeploymentGroupResolver}, and dispatches as
 * CodeDeploy does: a Server (EC2/On-Premises) group to the EC2 group player, a Lambda group to
 * {@link LambdaDeployPlayer}, an ECS group to {@link EcsDeployPlayer} when the action is CodeDeployToECS (a
 * CodeDeploy action on an ECS group fails with the reason, as CodePipeline deploys ECS blue/green with
 * CodeDeployToECS). An AppSpec written for another platform than the group's fails the action, so a Lambda or
 * ECS AppSpec never runs EC2 events. A Server group is played by {@link DeploymentGroupPlayer} on its own
 * instance folders, {@code <target>/<application>/<group>/<instance>}, so that two groups (test and prod) never
 * share one; one deployment id on all its instances, its deployment configuration, automatic rollback when the
 * group (or {@code --rollback}) enables it. What CodeDeploy knows of the group between deployments (the last
 * good revision, each instance's health) is kept in the store ({@link GroupHealthStore}). The record shows the
 * deployment from its start (InProgress, Ready while a blue/green deployment waits to reroute traffic) and lists
 * every instance with its events and scripts at its end; "rolled back" only when the rollback deployment
 * succeeded. A StopDeployment of the running deployment (the API's request in the store, which every player here
 * looks for through {@link ActionProgress#deploymentStop}) ends it Stopped and fails the action with
 * "Deployment ID was stopped".
 */
final class DeployPlayer implements ActionPlayer {

    /** The engine's clock, on which deployments wait (traffic shifts, a blue/green reroute, a termination wait). */
    private final EngineClock clock;

    DeployPlayer(EngineClock clock) {
        this.clock = clock;
    }

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        boolean ecsAction = run.provider().equals(EcsDeployPlayer.PROVIDER);
        if (!ecsAction && run.inputArtifacts().isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", "a CodeDeploy action needs an input artifact");
        }
        String application = run.configuration().getOrDefault("ApplicationName", "local-app");
        String groupName = run.configuration().getOrDefault("DeploymentGroupName", ecsAction ? "LocalService" : "LocalFleet");
        // the CodeDeployToECS action's AppSpec is a template with <TASK_DEFINITION>: its player reads it
        Path revision = ecsAction ? null : revision(run);
        Optional<Platform> written = revision == null ? Optional.empty() : AppspecFile.platformOf(revision);
        ComputeOptions compute = run.execution().setup().options().compute();
        DeploymentGroupResolver.Resolved resolved;
        try {
            resolved = DeploymentGroupResolver.resolve(run.execution().setup(), run.pipeline().groupTemplate(), run.provider(),
                    application, groupName, ecsAction ? null : run.inputArtifacts().get(0), written);
        } catch (DeploymentGroupException e) {
            return ActionOutcome.failed("ConfigurationError", e.getMessage());
        }
        String platform = resolved.computePlatform();
        if (ecsAction != platform.equals(ServiceGroup.ECS)) {
            return ActionOutcome.failed("ConfigurationError", ecsAction
                    ? "deployment group " + groupName + " deploys to the " + platform + " compute platform;"
                    + " CodeDeployToECS needs an ECS group"
                    : "deployment group " + groupName + " is an Amazon ECS group: CodePipeline deploys it with the"
                    + " CodeDeployToECS action (provider CodeDeployToECS), not CodeDeploy");
        }
        switch (platform) {
            case ServiceGroup.LAMBDA:
                return new LambdaDeployPlayer(clock, compute, resolved.service().config(), revision, application,
                        groupName).play(run);
            case ServiceGroup.ECS:
                return new EcsDeployPlayer(clock, compute, resolved.service()).play(run);
            default:
                return deployToServers(run, resolved.group());
        }
    }

    /** The action's first input artifact unpacked into its work folder; null when it cannot be read. */
    private static Path revision(ActionRun run) {
        Path artifact = run.execution().artifacts().get(run.inputArtifacts().get(0));
        if (artifact == null || Files.isDirectory(artifact)) {
            return artifact;
        }
        Path revision = run.workDir().resolve("revision");
        try {
            ZipArchives.unpack(artifact, revision);
        } catch (IOException e) {
            return null; // the EC2 player reports an unreadable bundle in the agent's words
        }
        return revision;
    }

    /**
     * What the agent tells every hook of an S3 revision (aws-codedeploy-agent 800eb28, command_executor.rb
     * {@code get_s3_envs}), and a CodeDeploy action's revision is one: the artifact store's bucket, the
     * artifact's key in it (its path in the local store) and its ETag. No BUNDLE_VERSION: the local store
     * keeps no object versions, and the agent leaves out a version it does not have.
     */
    private static Map<String, String> revisionEnvironment(ActionRun run, Path bundle) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        run.pipeline().model().artifactStore().map(ArtifactStore::location)
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
                    setup.options().ignoreApplicationStopFailures(), new EngineDeploymentClock(clock),
                    new RecordedStatus(run, group), run.progress()::deploymentStop).deploy(group, bundle, revisionEnvironment(run, bundle), health);
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
        StringBuilder message = new StringBuilder(DeploymentGroupPlayer.MANUAL_STOP.equals(result.errorCode())
                ? ActionOutcome.stoppedDeployment(result.id()) : "deployment " + result.id() + " failed");
        if (result.errorCode() != null && !DeploymentGroupPlayer.MANUAL_STOP.equals(result.errorCode())) {
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

    /**
     * Puts the group's deployment into the record as its status changes, so that GetDeployment, ListDeployments
     * and ContinueDeployment find it while it plays; its instances come with its end. A rollback deployment
     * (another id) ends up in the record's outcome, not here.
     */
    private static final class RecordedStatus implements DeploymentStatusListener {
        private final ActionRun run;
        private final DeploymentGroup group;
        private String deploymentId;

        RecordedStatus(ActionRun run, DeploymentGroup group) {
            this.run = run;
            this.group = group;
        }

        @Override
        public void changed(String id, String status) {
            if (deploymentId == null) {
                deploymentId = id;
            }
            if (deploymentId.equals(id)) {
                run.progress().deployment(new ActionState.Deployment(id, group.applicationName(), group.name(), status,
                        false, List.of()));
            }
        }
    }
}
