package dev.codestages.codedeploy;

import dev.codestages.appspec.DeploymentType;
import dev.codestages.codedeploy.lambda.DeploymentClock;
import dev.codestages.run.DeployAgent;
import dev.codestages.run.DeploySettings;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import dev.codestages.run.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One blue/green deployment of an EC2/On-Premises group, as CodeDeploy runs it: the replacement
 * instances (a copy of the group's instances: new folders {@code <instance>.<deployment id>}) get the
 * revision with the install events (ApplicationStop to ValidateService); traffic is then rerouted at once
 * or, with {@code STOP_DEPLOYMENT}, when {@code codestages continue} asks within {@code WaitTimeInMinutes}
 * (the deployment is Stopped when the wait ends without it); rerouting plays BeforeAllowTraffic,
 * AllowTraffic and AfterAllowTraffic on each replacement instance, then BeforeBlockTraffic, BlockTraffic and
 * AfterBlockTraffic on each original one. After a success the replacement instances are the group's fleet
 * (kept in {@code <group>/fleet}); the original ones are terminated (their processes stopped, their folders
 * removed) after {@code TerminationWaitTimeInMinutes}, which {@code codestages continue} also cuts short, or
 * with {@code KEEP_ALIVE} left as they are, outside the group. When the deployment fails after the
 * replacement instances were installed and the group rolls back on failure, the rollback (a new
 * deployment) plays BeforeAllowTraffic, AllowTraffic and AfterAllowTraffic on the original instances and
 * BeforeBlockTraffic, BlockTraffic and AfterBlockTraffic on the replacement ones, the hooks AWS lists for a
 * blue/green rollback. Waits run on the deployment's clock ({@code --time-scale}). The deployment
 * configuration's success rule applies to the replacement instances (inferred: the guide gives the rule
 * per configuration, not per environment); they are installed one after the other.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-server.html">What happens
 *      during a CodeDeploy EC2/On-Premises deployment</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#reference-appspec-file-structure-hooks-availability">Lifecycle
 *      event hook availability (the blue/green and blue/green rollback columns)</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentReadyOption.html">DeploymentReadyOption</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BlueInstanceTerminationOption.html">BlueInstanceTerminationOption</a>
 */
final class BlueGreenDeployment {

    static final String READY_WAIT = "READY_WAIT";
    static final String TERMINATION_WAIT = "TERMINATION_WAIT";
    private static final String FLEET_FILE = "fleet";
    /** How far the deployment's clock moves between two looks for a continue request. */
    private static final Duration POLL = Duration.ofSeconds(1);

    private final DeploymentGroup group;
    private final Path groupFolder;
    private final GroupTraffic traffic;
    private final RunListener listener;
    private final DeploymentClock clock;
    private final DeploySettings settings;
    private final DeploymentStatusListener statuses;
    private final DeploymentStops stops;

    /** How a wait for {@code codestages continue} / ContinueDeployment ended. */
    private enum WaitEnd { CONTINUED, TIMED_OUT, STOPPED }

    BlueGreenDeployment(DeploymentGroup group, Path groupFolder, GroupTraffic traffic, RunListener listener,
                        DeploymentClock clock, Map<String, String> revisionEnvironment,
                        DeploymentStatusListener statuses, DeploymentStops stops) {
        this.statuses = statuses;
        this.stops = stops;
        this.group = group;
        this.groupFolder = groupFolder;
        this.traffic = traffic;
        this.listener = listener;
        this.clock = clock;
        this.settings = new DeploySettings(group.applicationName(), group.name(), group.id(), false)
                .withRevisionEnvironment(revisionEnvironment);
    }

    GroupDeploymentResult deploy(Path revision, FleetHealth health)
            throws IOException, InterruptedException, DeploymentGroupException {
        String id = DeploymentIds.next();
        statuses.changed(id, "InProgress");
        List<String> originals = fleet();
        for (String original : originals) {
            traffic.register(original, DeploymentGroupPlayer.instanceFolder(groupFolder, original));
        }
        List<String> replacements = group.instances().stream().map(instance -> instance + "." + id).toList();
        note("blue/green deployment " + id + " of " + revision.getFileName() + ": " + replacements.size()
                + " replacement instance(s) for the original " + originals);
        if (replacements.isEmpty()) {
            return finished(id, revision, StepStatus.FAILED, "NO_INSTANCES", "the deployment group has no instances"
                    + " to copy", List.of(), health);
        }
        List<InstanceDeployment> installed = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        List<String> install = DeploymentType.BLUE_GREEN_REPLACEMENT.between("ApplicationStop", "ValidateService");
        for (String replacement : replacements) {
            InstanceDeployment deployment = play(replacement, revision, install);
            installed.add(deployment);
            if (deployment.status() == StepStatus.SUCCEEDED) {
                ready.add(replacement);
            }
        }
        DeploymentConfig config = group.config();
        if (!config.succeeds(replacements.size(), ready.size())) {
            GroupDeploymentResult failed = finished(id, revision, StepStatus.FAILED, "HEALTH_CONSTRAINTS", ready.size()
                    + " of " + replacements.size() + " replacement instance(s) succeeded, " + config.name()
                    + " needs " + Math.max(1, config.minimumHealthy(replacements.size())), installed, health);
            return rolledBack(failed, originals, installed, health, group.rollbackOnFailure());
        }
        WaitEnd reroute = group.blueGreen().waitForReroute()
                ? waitForContinue(id, READY_WAIT, group.blueGreen().waitTimeInMinutes()) : WaitEnd.CONTINUED;
        if (reroute == WaitEnd.STOPPED) {
            // the original instances still have the traffic; a rollback reroutes it to them once more and leaves
            // the replacement ones, as after a failure (deployments-rollback-and-redeploy.html)
            GroupDeploymentResult stopped = finished(id, revision, StepStatus.STOPPED, DeploymentGroupPlayer.MANUAL_STOP,
                    DeploymentGroupPlayer.stoppedMessage(id), installed, health);
            return rolledBack(stopped, originals, installed, health, stops.asked(id).orElse(false));
        }
        if (reroute == WaitEnd.TIMED_OUT) {
            note("traffic was not rerouted within " + group.blueGreen().waitTimeInMinutes() + " minute(s)"
                    + " (STOP_DEPLOYMENT): the deployment is stopped, the original instances keep the traffic");
            stopProcesses(installed);
            return finished(id, revision, StepStatus.STOPPED, null, "traffic was not rerouted to the replacement"
                    + " instances before the wait time ended", installed, health);
        }
        List<InstanceDeployment> instances = new ArrayList<>();
        String failure = null;
        List<String> allow = DeploymentType.BLUE_GREEN_REPLACEMENT.between("BeforeAllowTraffic", "AfterAllowTraffic");
        for (InstanceDeployment replacement : installed) {
            if (replacement.status() != StepStatus.SUCCEEDED) {
                instances.add(replacement);
                continue;
            }
            InstanceDeployment rerouted = play(replacement.instanceId(), revision, allow);
            instances.add(merged(replacement, rerouted));
            failure = failure != null || rerouted.status() == StepStatus.SUCCEEDED ? failure
                    : replacement.instanceId() + " failed to allow traffic";
        }
        if (failure == null) {
            for (String original : originals) {
                InstanceDeployment blocked = play(original, revision, DeploymentType.BLUE_GREEN_ORIGINAL.order());
                instances.add(blocked);
                failure = failure != null || blocked.status() == StepStatus.SUCCEEDED ? failure
                        : original + " failed to block traffic";
            }
        }
        if (failure != null) {
            GroupDeploymentResult failed = finished(id, revision, StepStatus.FAILED, "HEALTH_CONSTRAINTS", failure,
                    instances, health);
            return rolledBack(failed, originals, installed, health, group.rollbackOnFailure());
        }
        writeFleet(ready);
        endOriginals(id, originals);
        return finished(id, revision, StepStatus.SUCCEEDED, null, null, instances, health);
    }

    /**
     * The failed (or stopped) deployment, with a rollback when {@code rollBack} (the group's rollback on failure,
     * or the stop's {@code autoRollbackEnabled}): traffic goes back to the original instances, and leaves the
     * replacement ones, which are then stopped.
     */
    private GroupDeploymentResult rolledBack(GroupDeploymentResult failed, List<String> originals,
                                             List<InstanceDeployment> installed, FleetHealth health, boolean rollBack)
            throws IOException, InterruptedException, DeploymentGroupException {
        FleetHealth after = health.after(failed);
        if (!rollBack) {
            stopProcesses(installed);
            return failed.withHealth(after, null);
        }
        String id = DeploymentIds.next();
        note("automatic rollback " + id + ": rerouting traffic back to the original instances " + originals);
        List<InstanceDeployment> instances = new ArrayList<>();
        boolean succeeded = true;
        Path revision = Path.of(failed.revision());
        for (String original : originals) {
            InstanceDeployment allowed = play(original, revision, DeploymentType.BLUE_GREEN_ROLLBACK_ORIGINAL.order());
            instances.add(allowed);
            succeeded &= allowed.status() == StepStatus.SUCCEEDED;
        }
        for (InstanceDeployment replacement : installed) {
            InstanceDeployment blocked = play(replacement.instanceId(), revision,
                    DeploymentType.BLUE_GREEN_ROLLBACK_REPLACEMENT.order());
            instances.add(blocked);
            succeeded &= blocked.status() == StepStatus.SUCCEEDED;
        }
        stopProcesses(installed);
        GroupDeploymentResult rollback = finished(id, revision, succeeded ? StepStatus.SUCCEEDED : StepStatus.FAILED,
                succeeded ? null : "HEALTH_CONSTRAINTS", succeeded ? null : "the rollback's traffic events failed",
                instances, after);
        // a rollback reroutes to the revision the originals have: the group's revision does not change
        return failed.withHealth(after, rollback.withHealth(after, null));
    }

    /** Terminates the original instances after the wait, or keeps them (KEEP_ALIVE), out of the group either way. */
    private void endOriginals(String id, List<String> originals) throws IOException, InterruptedException {
        BlueGreenSettings settings = group.blueGreen();
        if (!settings.terminateOriginals()) {
            note("original instances " + originals + " kept running outside the group (KEEP_ALIVE)");
            return;
        }
        if (settings.terminationWaitTimeInMinutes() > 0) {
            // traffic is on the replacement instances already: a StopDeployment now is not looked for
            waitForContinue(id, TERMINATION_WAIT, settings.terminationWaitTimeInMinutes());
        }
        for (String original : originals) {
            Path folder = groupFolder.resolve(original);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            int stopped = InstanceProcesses.stop(folder);
            Trees.delete(folder);
            note(original + " terminated" + (stopped == 0 ? "" : " (" + stopped + " process(es) stopped)"));
        }
    }

    /**
     * Waits until {@code codestages continue} asks, {@code minutes} of the deployment's clock have passed, or (in
     * the READY_WAIT) a StopDeployment is asked.
     */
    private WaitEnd waitForContinue(String id, String waitType, int minutes) throws IOException, InterruptedException {
        RerouteRequests.waiting(groupFolder, id, waitType);
        if (waitType.equals(READY_WAIT)) {
            // GetDeployment says Ready while the replacement instances wait for their traffic (API_DeploymentInfo)
            statuses.changed(id, "Ready");
        }
        note((waitType.equals(READY_WAIT) ? "waiting up to " + minutes + " minute(s) to reroute traffic"
                : "waiting " + minutes + " minute(s) before terminating the original instances")
                + ": codestages continue " + id + " goes on now");
        Instant deadline = clock.now().plus(Duration.ofMinutes(minutes));
        try {
            while (true) {
                if (RerouteRequests.requested(groupFolder, id)) {
                    note("continue requested (" + waitType + ")");
                    return WaitEnd.CONTINUED;
                }
                if (waitType.equals(READY_WAIT) && stops.asked(id).isPresent()) {
                    note("StopDeployment asked while the traffic waited to be rerouted");
                    return WaitEnd.STOPPED;
                }
                Instant now = clock.now();
                if (!now.isBefore(deadline)) {
                    return WaitEnd.TIMED_OUT;
                }
                Instant step = now.plus(POLL);
                clock.sleepUntil(step.isBefore(deadline) ? step : deadline);
            }
        } finally {
            RerouteRequests.clear(groupFolder, id);
            if (waitType.equals(READY_WAIT)) {
                statuses.changed(id, "InProgress");
            }
        }
    }

    private InstanceDeployment play(String instance, Path revision, List<String> events)
            throws IOException, InterruptedException, DeploymentGroupException {
        Path folder = DeploymentGroupPlayer.instanceFolder(groupFolder, instance);
        DeploymentResult agent = new DeployAgent(new InstanceListener(instance, listener)).deploy(revision, folder,
                settings, traffic.lifecycle(events, instance, folder));
        return new InstanceDeployment(instance, folder, agent.status(), 1, agent);
    }

    /** One replacement instance's install and its reroute, as one record of its events. */
    private static InstanceDeployment merged(InstanceDeployment installed, InstanceDeployment rerouted) {
        List<DeploymentResult.EventResult> events = new ArrayList<>(installed.agent().events());
        events.addAll(rerouted.agent().events());
        DeploymentResult agent = new DeploymentResult(installed.agent().id(), rerouted.status(), events,
                rerouted.agent().failure(), null);
        return new InstanceDeployment(installed.instanceId(), installed.folder(), rerouted.status(), 1, agent);
    }

    private void stopProcesses(List<InstanceDeployment> instances) {
        for (InstanceDeployment instance : instances) {
            traffic.deregister(instance.instanceId());
            InstanceProcesses.stop(instance.folder());
        }
    }

    /** The group's current fleet: the replacement instances of its last successful blue/green deployment. */
    private List<String> fleet() throws IOException {
        Path file = groupFolder.resolve(FLEET_FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return group.instances();
        }
        List<String> fleet = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return fleet.stream().allMatch(FolderNames::isSafe) && !fleet.isEmpty() ? fleet : group.instances();
    }

    private void writeFleet(List<String> fleet) throws IOException {
        Path file = groupFolder.resolve(FLEET_FILE);
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; the group's files are written only inside the store");
        }
        Path temporary = groupFolder.resolve(FLEET_FILE + ".new");
        Files.writeString(temporary, String.join("\n", fleet) + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private GroupDeploymentResult finished(String id, Path revision, StepStatus status, String errorCode,
                                           String message, List<InstanceDeployment> instances, FleetHealth health) {
        listener.note(group.name(), "deployment " + id + " " + status.label()
                + (message == null ? "" : (errorCode == null ? ": " : " (" + errorCode + "): ") + message));
        GroupDeploymentResult result = new GroupDeploymentResult(id, group.name(), revision.toString(), status,
                errorCode, message, instances, null, null);
        return result.withHealth(health.after(result), null);
    }

    private void note(String message) {
        listener.note(group.name(), message);
    }
}
