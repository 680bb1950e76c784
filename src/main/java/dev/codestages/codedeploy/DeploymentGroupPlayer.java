package dev.codestages.codedeploy;

import dev.codestages.appspec.DeploymentType;
import dev.codestages.codedeploy.lambda.DeploymentClock;
import dev.codestages.codedeploy.lambda.ScaledClock;
import dev.codestages.run.DeployAgent;
import dev.codestages.run.DeploySettings;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Plays one CodeDeploy deployment of a revision to every instance of an EC2/On-Premises deployment group,
 * in place, as the service runs it: each instance is a folder of its own, {@code <store>/<group>/<instance>},
 * with the agent's layout, deployed by the local {@link DeployAgent}; the {@link DeploymentConfig} decides
 * how many instances are deployed at a time, when a failed instance stops the deployment, and whether the
 * deployment succeeded (its Javadoc lists the rules and their sources). Instances go in the order of
 * {@link FleetHealth} (unhealthy first, then by revision health, then the group's order), in waves of up to N − M that count as offline together; the next wave starts when a wave has ended,
 * with no more instances than keep M healthy, and none once the healthy ones are down to M (the rest are
 * Skipped). When the deployment fails and the group rolls back on failure, the last good revision is
 * deployed again as a new deployment with the same configuration; otherwise nothing is rolled back (the
 * agent's own per-instance rollback is always off here: a rollback is the group's, not the instance's).
 * Behind a load balancer ({@code LoadBalancerInfo}) a {@link LocalLoadBalancer} on 127.0.0.1 stands for it
 * for the length of the deployment, each instance serving on its own port; with {@code WITH_TRAFFIC_CONTROL}
 * each instance plays BeforeBlockTraffic, BlockTraffic and AfterBlockTraffic before ApplicationStop and
 * BeforeAllowTraffic, AllowTraffic and AfterAllowTraffic after ValidateService, leaving the load balancer and
 * joining it again. A blue/green group is played by {@code BlueGreenDeployment}. A StopDeployment
 * ({@link DeploymentStops}) is looked for before each instance: the rest are Skipped and the deployment ends
 * Stopped ({@code MANUAL_STOP}), rolled back when the stop asks for it.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#reference-appspec-file-structure-hooks-run-order">AppSpec
 *      'hooks' section: run order of hooks in a deployment, and lifecycle event hook availability</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html#minimum-healthy-hosts">Minimum
 *      healthy instances and deployments</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html">Redeploy
 *      and roll back a deployment</a>
 */
public final class DeploymentGroupPlayer {

    /** CodeDeploy's error code for a deployment stopped by StopDeployment (API_ErrorInformation). */
    public static final String MANUAL_STOP = "MANUAL_STOP";

    private final Path store;
    private final RunListener listener;
    private final boolean ignoreApplicationStopFailures;
    private final DeploymentClock clock;
    private final DeploymentStatusListener statuses;
    private final DeploymentStops stops;

    /** A player that keeps every group's instance folders under {@code store}, on the real clock. */
    public DeploymentGroupPlayer(Path store, RunListener listener) {
        this(store, listener, false, new ScaledClock(1));
    }

    /**
     * A player whose deployments ignore failures of ApplicationStop, BeforeBlockTraffic and AfterBlockTraffic
     * when {@code ignoreApplicationStopFailures} is true, as CreateDeployment's option of that name does.
     */
    public DeploymentGroupPlayer(Path store, RunListener listener, boolean ignoreApplicationStopFailures) {
        this(store, listener, ignoreApplicationStopFailures, new ScaledClock(1));
    }

    /**
     * A player whose blue/green waits (for a reroute, before the original instances are terminated) run
     * on {@code clock}: the engine's {@code --time-scale}.
     */
    public DeploymentGroupPlayer(Path store, RunListener listener, DeploymentClock clock) {
        this(store, listener, false, clock);
    }

    /** Both of the above. */
    public DeploymentGroupPlayer(Path store, RunListener listener, boolean ignoreApplicationStopFailures,
                                 DeploymentClock clock) {
        this(store, listener, ignoreApplicationStopFailures, clock, DeploymentStatusListener.NONE);
    }

    /** As above, telling {@code statuses} each deployment's status as it changes (the engine's record shows it). */
    public DeploymentGroupPlayer(Path store, RunListener listener, boolean ignoreApplicationStopFailures,
                                 DeploymentClock clock, DeploymentStatusListener statuses) {
        this(store, listener, ignoreApplicationStopFailures, clock, statuses, DeploymentStops.NONE);
    }

    /**
     * As above, its deployments looking in {@code stops} for a StopDeployment: between two instances of an
     * in-place deployment (the instances not deployed yet are Skipped) and while a blue/green deployment waits
     * to reroute traffic. A stopped deployment ends Stopped ({@code MANUAL_STOP}); when the stop asks for a
     * rollback, the group rolls back as it does after a failure.
     */
    public DeploymentGroupPlayer(Path store, RunListener listener, boolean ignoreApplicationStopFailures,
                                 DeploymentClock clock, DeploymentStatusListener statuses, DeploymentStops stops) {
        this.store = store;
        this.listener = listener;
        this.ignoreApplicationStopFailures = ignoreApplicationStopFailures;
        this.clock = clock;
        this.statuses = statuses;
        this.stops = stops;
    }

    /**
     * Deploys {@code revision} (a bundle zip or folder) to every instance of {@code group}, in the order
     * {@code health} gives, and rolls back when it fails and the group asks for it.
     *
     * @param health what the service knows of the group from its earlier deployments
     *               ({@link FleetHealth#none()} for the first); the result carries the health after
     * @throws DeploymentGroupException when a blue/green group has no load balancer, or the group's folders
     *                                  would leave the store
     */
    public GroupDeploymentResult deploy(DeploymentGroup group, Path revision, FleetHealth health)
            throws IOException, InterruptedException, DeploymentGroupException {
        return deploy(group, revision, Map.of(), health);
    }

    /**
     * As {@link #deploy(DeploymentGroup, Path, FleetHealth)}, for a revision whose origin the hooks see in
     * {@code revisionEnvironment} (BUNDLE_BUCKET, BUNDLE_KEY, BUNDLE_ETAG of an S3 revision: DeploySettings).
     */
    public GroupDeploymentResult deploy(DeploymentGroup group, Path revision, Map<String, String> revisionEnvironment,
                                        FleetHealth health)
            throws IOException, InterruptedException, DeploymentGroupException {
        if (group.blueGreenStyle() && !group.loadBalanced()) {
            throw new DeploymentGroupException(group.source() + ": a blue/green deployment needs a load balancer"
                    + " (LoadBalancerInfo) to move traffic to the replacement instances");
        }
        Path groupFolder = groupFolder(group);
        if (group.blueGreenStyle()) {
            try (GroupTraffic traffic = GroupTraffic.open(group, listener)) {
                return new BlueGreenDeployment(group, groupFolder, traffic, listener, clock, revisionEnvironment,
                        statuses, stops).deploy(revision, health);
            }
        }
        try (GroupTraffic traffic = GroupTraffic.open(group, listener)) {
            for (String instance : traffic.balanced() ? group.instances() : List.<String>of()) {
                // the instances serve behind the load balancer when the deployment starts
                traffic.register(instance, instanceFolder(groupFolder, instance));
            }
            GroupDeploymentResult result = deployOnce(group, groupFolder, revision, revisionEnvironment, health, traffic);
            FleetHealth after = health.after(result);
            if (result.succeeded() || !rollsBack(group, result)) {
                return result.withHealth(after, null);
            }
            if (health.lastGoodRevision().isEmpty()) {
                listener.note(group.name(), "automatic rollback: the group has no earlier successful revision");
                return result.withHealth(after, null);
            }
            listener.note(group.name(), "automatic rollback: redeploying the last good revision as a new deployment");
            // the last good revision's origin is not kept: its hooks get no BUNDLE_* variables
            GroupDeploymentResult rollback = deployOnce(group, groupFolder, Path.of(health.lastGoodRevision().get()),
                    Map.of(), after, traffic);
            FleetHealth afterRollback = after.after(rollback);
            return result.withHealth(afterRollback, rollback.withHealth(afterRollback, null));
        }
    }

    /**
     * Whether the ended deployment {@code result} is rolled back: a stopped one when its StopDeployment asked for it
     * ({@code autoRollbackEnabled}), a failed one when the group rolls back on failure.
     */
    private boolean rollsBack(DeploymentGroup group, GroupDeploymentResult result) {
        return result.status() == StepStatus.STOPPED ? stops.asked(result.id()).orElse(false) : group.rollbackOnFailure();
    }

    /**
     * The events of an in-place deployment on each instance: with the traffic events when the group
     * moves traffic through its load balancer ({@code WITH_TRAFFIC_CONTROL}), in the order of the AppSpec
     * hooks section's "Run order of hooks in a deployment"; a group with a load balancer but without
     * traffic control keeps its instances registered and plays the plain in-place order.
     */
    static DeploymentType inPlaceType(DeploymentGroup group) {
        return group.trafficControl() && group.loadBalanced() ? DeploymentType.IN_PLACE_WITH_LOAD_BALANCER
                : DeploymentType.IN_PLACE;
    }

    private GroupDeploymentResult deployOnce(DeploymentGroup group, Path groupFolder, Path revision,
                                             Map<String, String> revisionEnvironment, FleetHealth health,
                                             GroupTraffic traffic)
            throws IOException, InterruptedException, DeploymentGroupException {
        String id = DeploymentIds.next();
        statuses.changed(id, "InProgress");
        DeploymentConfig config = group.config();
        int fleet = group.instances().size();
        listener.note(group.name(), "deployment " + id + " of " + revision.getFileName() + " to " + fleet
                + " instance(s) with " + config.name() + " (" + config.minimumHealthyHosts() + ")");
        if (fleet == 0) {
            return finished(group, id, revision, StepStatus.FAILED, "NO_INSTANCES",
                    "the deployment group has no instances to deploy to", List.of());
        }
        if (!config.canStart(fleet)) {
            return finished(group, id, revision, StepStatus.FAILED, "HEALTH_CONSTRAINTS_INVALID", "the deployment"
                    + " cannot start: " + config.name() + " needs " + config.minimumHealthy(fleet) + " healthy"
                    + " instance(s) of " + fleet + ", so none may be taken offline",
                    skipped(groupFolder, group.instances()));
        }
        int minimum = config.minimumHealthy(fleet);
        // one deployment id on every instance, as the service gives the agent; the group rolls back, never the agent
        DeploySettings settings = new DeploySettings(group.applicationName(), group.name(), group.id(), false, id,
                ignoreApplicationStopFailures, revisionEnvironment);
        Deque<String> pending = new ArrayDeque<>(health.deploymentOrder(group.instances()));
        List<InstanceDeployment> instances = new ArrayList<>();
        int failed = 0;
        int succeeded = 0;
        int wave = 0;
        boolean stopped = false;
        while (!pending.isEmpty() && !stopped) {
            // failed instances stay unhealthy: only the others may still be taken offline
            int offline = Math.min(fleet - failed - minimum, config.maxConcurrent(fleet));
            if (offline <= 0) {
                listener.note(group.name(), "stopping: " + (fleet - failed) + " healthy instance(s) left, the minimum"
                        + " is " + minimum + "; " + pending.size() + " instance(s) skipped");
                instances.addAll(skipped(groupFolder, pending));
                pending.clear();
                break;
            }
            wave++;
            for (int i = 0; i < offline && !pending.isEmpty(); i++) {
                if (stops.asked(id).isPresent()) {
                    listener.note(group.name(), "StopDeployment asked: " + pending.size() + " instance(s) not deployed"
                            + " are skipped");
                    instances.addAll(skipped(groupFolder, pending));
                    pending.clear();
                    stopped = true;
                    break;
                }
                String instance = pending.poll();
                Path folder = instanceFolder(groupFolder, instance);
                DeploymentResult agent = new DeployAgent(new InstanceListener(instance, listener)).deploy(revision,
                        folder, settings, traffic.lifecycle(inPlaceType(group).order(), instance, folder));
                instances.add(new InstanceDeployment(instance, folder, agent.status(), wave, agent));
                if (agent.succeeded()) {
                    succeeded++;
                } else {
                    failed++;
                }
            }
        }
        if (stopped) {
            return finished(group, id, revision, StepStatus.STOPPED, MANUAL_STOP, stoppedMessage(id), instances);
        }
        if (config.succeeds(fleet, succeeded)) {
            return finished(group, id, revision, StepStatus.SUCCEEDED, null, null, instances);
        }
        return finished(group, id, revision, StepStatus.FAILED, "HEALTH_CONSTRAINTS", succeeded + " of " + fleet
                + " instance(s) succeeded, " + config.name() + " needs " + Math.max(1, minimum)
                + ": too many instances failed", instances);
    }

    private GroupDeploymentResult finished(DeploymentGroup group, String id, Path revision, StepStatus status,
                                           String errorCode, String message, List<InstanceDeployment> instances) {
        listener.note(group.name(), "deployment " + id + " " + status.label()
                + (errorCode == null ? "" : " (" + errorCode + "): " + message));
        return new GroupDeploymentResult(id, group.name(), revision.toString(), status, errorCode, message, instances,
                null, null);
    }

    /** A deployment that StopDeployment stopped ends Stopped with this error code (API_ErrorInformation: MANUAL_STOP). */
    static String stoppedMessage(String id) {
        return "Deployment " + id + " was stopped";
    }

    static List<InstanceDeployment> skipped(Path groupFolder, Iterable<String> instances) {
        List<InstanceDeployment> skipped = new ArrayList<>();
        for (String instance : instances) {
            skipped.add(new InstanceDeployment(instance, groupFolder.resolve(instance), StepStatus.SKIPPED, 0, null));
        }
        return skipped;
    }

    /** {@code <store>/<group>}, created, and checked to be a real folder inside the store. */
    private Path groupFolder(DeploymentGroup group) throws IOException, DeploymentGroupException {
        Files.createDirectories(store);
        Path root = store.toRealPath();
        return inside(root, root.resolve(group.name()));
    }

    static Path instanceFolder(Path groupFolder, String instance) throws IOException, DeploymentGroupException {
        return inside(groupFolder, groupFolder.resolve(instance));
    }

    /** {@code folder}, created if missing; never a symbolic link, so nothing is written outside {@code parent}. */
    private static Path inside(Path parent, Path folder) throws IOException, DeploymentGroupException {
        if (Files.isSymbolicLink(folder) || !folder.normalize().getParent().equals(parent)) {
            throw new DeploymentGroupException(folder + " is a symbolic link or outside " + parent
                    + "; instance folders are written only inside the store");
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(folder);
        }
        return folder;
    }
}
