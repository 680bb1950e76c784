package dev.codestages.codedeploy;

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
 * Blue/green and traffic control behind a load balancer are not played yet and fail loudly.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html#minimum-healthy-hosts">Minimum
 *      healthy instances and deployments</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html">Redeploy
 *      and roll back a deployment</a>
 */
public final class DeploymentGroupPlayer {

    private final Path store;
    private final RunListener listener;
    private final boolean ignoreApplicationStopFailures;

    /** A player that keeps every group's instance folders under {@code store}. */
    public DeploymentGroupPlayer(Path store, RunListener listener) {
        this(store, listener, false);
    }

    /**
     * A player whose deployments ignore failures of ApplicationStop, BeforeBlockTraffic and AfterBlockTraffic
     * when {@code ignoreApplicationStopFailures} is true, as CreateDeployment's option of that name does.
     */
    public DeploymentGroupPlayer(Path store, RunListener listener, boolean ignoreApplicationStopFailures) {
        this.store = store;
        this.listener = listener;
        this.ignoreApplicationStopFailures = ignoreApplicationStopFailures;
    }

    /**
     * Deploys {@code revision} (a bundle zip or folder) to every instance of {@code group}, in the order
     * {@code health} gives, and rolls back when it fails and the group asks for it.
     *
     * @param health what the service knows of the group from its earlier deployments
     *               ({@link FleetHealth#none()} for the first); the result carries the health after
     * @throws DeploymentGroupException when the group asks for what is not played yet (blue/green,
     *                                  traffic control) or its folders would leave the store
     */
    public GroupDeploymentResult deploy(DeploymentGroup group, Path revision, FleetHealth health)
            throws IOException, InterruptedException, DeploymentGroupException {
        if (group.deploymentType().equals(DeploymentGroup.BLUE_GREEN)) {
            throw new DeploymentGroupException(group.source() + ": blue/green deployments are not played yet;"
                    + " only in-place deployments are");
        }
        if (group.trafficControl() && group.loadBalanced()) {
            throw new DeploymentGroupException(group.source() + ": in-place deployments with traffic control behind"
                    + " a load balancer are not played yet (BlockTraffic and AllowTraffic would be skipped)");
        }
        Path groupFolder = groupFolder(group);
        GroupDeploymentResult result = deployOnce(group, groupFolder, revision, health);
        FleetHealth after = health.after(result);
        if (result.succeeded() || !group.rollbackOnFailure()) {
            return result.withHealth(after, null);
        }
        if (health.lastGoodRevision().isEmpty()) {
            listener.note(group.name(), "automatic rollback: the group has no earlier successful revision");
            return result.withHealth(after, null);
        }
        listener.note(group.name(), "automatic rollback: redeploying the last good revision as a new deployment");
        GroupDeploymentResult rollback = deployOnce(group, groupFolder, Path.of(health.lastGoodRevision().get()),
                after);
        FleetHealth afterRollback = after.after(rollback);
        return result.withHealth(afterRollback, rollback.withHealth(afterRollback, null));
    }

    private GroupDeploymentResult deployOnce(DeploymentGroup group, Path groupFolder, Path revision,
                                             FleetHealth health)
            throws IOException, InterruptedException, DeploymentGroupException {
        String id = DeploymentIds.next();
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
                ignoreApplicationStopFailures);
        Deque<String> pending = new ArrayDeque<>(health.deploymentOrder(group.instances()));
        List<InstanceDeployment> instances = new ArrayList<>();
        int failed = 0;
        int succeeded = 0;
        int wave = 0;
        while (!pending.isEmpty()) {
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
                String instance = pending.poll();
                Path folder = instanceFolder(groupFolder, instance);
                DeploymentResult agent = new DeployAgent(new InstanceListener(instance, listener))
                        .deploy(revision, folder, settings);
                instances.add(new InstanceDeployment(instance, folder, agent.status(), wave, agent));
                if (agent.succeeded()) {
                    succeeded++;
                } else {
                    failed++;
                }
            }
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

    private static List<InstanceDeployment> skipped(Path groupFolder, Iterable<String> instances) {
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

    private static Path instanceFolder(Path groupFolder, String instance) throws IOException, DeploymentGroupException {
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
