package dev.codestages.run;

import dev.codestages.appspec.AgentAppspec;
import dev.codestages.appspec.AppspecRejectedException;
import dev.codestages.appspec.DeploymentType;
import dev.codestages.appspec.LifecycleEvents;
import dev.codestages.lint.Finding;
import dev.codestages.report.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A local CodeDeploy agent for EC2/On-Premises deployments into an instance folder: the events the
 * agent is sent run in the order of {@link DeploymentType#IN_PLACE}, or of the {@link InstanceLifecycle}
 * a group deployment gives (behind a load balancer, blue/green), the hooks that run before the bundle is
 * downloaded (ApplicationStop, BeforeBlockTraffic, AfterBlockTraffic) with the scripts of the last
 * installed revision, the bundle is unpacked, its AppSpec read through
 * {@link AgentAppspec} (an AppSpec the linter finds errors in fails the deployment with those
 * findings), the files installed, and each hook script runs with the agent's variables and its time
 * limit (the whole process tree is killed at the limit). Any failure inside an event fails that event
 * and the deployment; with rollback on, the last good revision is deployed again as a new deployment.
 * The instance folder keeps the revisions, the instructions and the logs where the agent keeps them;
 * one deployment at a time holds it ({@link InstanceLock}).
 */
public final class DeployAgent {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BLOCK_TRAFFIC = "BlockTraffic";
    private static final String ALLOW_TRAFFIC = "AllowTraffic";

    /**
     * The events whose failure ignoreApplicationStopFailures lets a deployment continue past (CodeDeploy API,
     * DeploymentInfo.ignoreApplicationStopFailures: "if ApplicationStop fails, the deployment continues with
     * DownloadBundle"). The agent itself has no such setting (aws-codedeploy-agent 800eb28: nothing in lib/
     * reads it; command_poller.rb reports a failed script as PutHostCommandComplete 'Failed'): the service
     * decides to go on, so here the agent, which plays the service's part for its instance, does.
     */
    private static final Set<String> IGNORABLE = Set.of(LifecycleEvents.APPLICATION_STOP, "BeforeBlockTraffic",
            "AfterBlockTraffic");

    private final RunListener listener;

    public DeployAgent(RunListener listener) {
        this.listener = listener;
    }

    /** Deploys {@code bundle} (a zip or a folder) into the instance folder {@code target}. */
    public DeploymentResult deploy(Path bundle, Path target, DeploySettings settings) throws IOException,
            InterruptedException {
        return deploy(bundle, target, settings, InstanceLifecycle.IN_PLACE);
    }

    /**
     * Plays the events of {@code lifecycle} on the instance folder {@code target}: a whole deployment of
     * {@code bundle}, or a part of one (a blue/green instance's traffic events, for which no bundle is
     * downloaded and the hooks come from the revision last installed there).
     */
    public DeploymentResult deploy(Path bundle, Path target, DeploySettings settings, InstanceLifecycle lifecycle)
            throws IOException, InterruptedException {
        InstanceRoot instance = new InstanceRoot(target);
        try (InstanceLock lock = InstanceLock.take(instance)) {
            DeploymentResult result = deployLocked(bundle, instance, settings, lifecycle);
            if (result.status() == StepStatus.STOPPED && !ProcessTree.stopping()) {
                // an interrupted thread (an aborted Jenkins step) ends as interrupted, now that the
                // stopped event is recorded; in the CLI's shutdown the result goes on to the report
                throw new InterruptedException(result.failure());
            }
            return result;
        }
    }

    private DeploymentResult deployLocked(Path bundle, InstanceRoot instance, DeploySettings settings,
                                          InstanceLifecycle lifecycle) throws IOException, InterruptedException {
        Optional<Path> lastGood = readPointer(instance, settings.deploymentGroupId() + "_last_successful_deployment");
        DeploymentResult result = deployOnce(bundle, instance, settings, lifecycle);
        if (result.succeeded() || !settings.rollback() || result.status() == StepStatus.STOPPED) {
            return result;
        }
        if (lastGood.isEmpty()) {
            listener.note("Rollback", "no earlier successful revision to roll back to");
            return result;
        }
        listener.note("Rollback", "redeploying the last good revision from " + instance.path().relativize(lastGood.get()));
        DeploymentResult rollback = deployOnce(lastGood.get(), instance, settings.forRollback(), lifecycle);
        return new DeploymentResult(result.id(), result.status(), result.events(), result.failure(), rollback);
    }

    private DeploymentResult deployOnce(Path bundle, InstanceRoot instance, DeploySettings settings,
                                        InstanceLifecycle lifecycle) throws IOException, InterruptedException {
        String id = settings.deploymentId() != null ? settings.deploymentId() : newDeploymentId();
        Path deploymentDir = instance.deploymentDir(settings.deploymentGroupId(), id);
        Path archive = deploymentDir.resolve("deployment-archive");
        Path scriptsLog = deploymentDir.resolve("logs/scripts.log");
        Files.createDirectories(scriptsLog.getParent());
        Optional<Path> lastInstalled = readPointer(instance, settings.deploymentGroupId() + "_last_successful_install");
        List<DeploymentResult.EventResult> events = new ArrayList<>();
        HookRunner hooks = new HookRunner(instance, settings, id, scriptsLog, listener, lifecycle.environment());
        log(instance, "deployment " + id + " started");
        String failure = null;
        boolean interrupted = false;
        AgentAppspec spec = null;
        for (String event : lifecycle.events()) {
            boolean traffic = event.equals(BLOCK_TRAFFIC) || event.equals(ALLOW_TRAFFIC);
            if (!LifecycleEvents.runByAgent(event) && !traffic) {
                continue;
            }
            if (failure != null) {
                events.add(new DeploymentResult.EventResult(event, StepStatus.SKIPPED, 0, List.of()));
                continue;
            }
            listener.started(event);
            long start = System.nanoTime();
            List<DeploymentResult.ScriptResult> scripts = new ArrayList<>();
            try {
                switch (event) {
                    case BLOCK_TRAFFIC, ALLOW_TRAFFIC:
                        // the service's own step at the load balancer
                        lifecycle.traffic().apply(event);
                        break;
                    case LifecycleEvents.DOWNLOAD_BUNDLE:
                        RevisionCleanup.run(instance, deploymentDir, keptRevisions(instance, settings, bundle));
                        BundleExtractor.extract(bundle, archive);
                        spec = AgentAppspec.load(archive);
                        break;
                    case LifecycleEvents.INSTALL:
                        new FileInstaller(instance, settings.deploymentGroupId(), line -> listener.note(event, line))
                                .install(archive, spec);
                        writePointer(instance, settings.deploymentGroupId() + "_last_successful_install", archive);
                        break;
                    default:
                        if (spec != null) {
                            failure = hooks.run(event, spec, archive, scripts);
                        } else if (lastInstalled.isPresent()) {
                            // before this deployment's bundle is downloaded (ApplicationStop, the block-traffic
                            // hooks), or in a step without one (blue/green traffic events), the hooks come from
                            // the revision last installed; none: nothing to run (reference 2.1, hook_executor.rb)
                            failure = hooks.run(event, AgentAppspec.load(lastInstalled.get()), lastInstalled.get(),
                                    scripts);
                        }
                        break;
                }
            } catch (InterruptedException e) {
                // Ctrl-C, kill or an aborted Jenkins step: the hook's processes are gone; the event is
                // recorded as stopped, nothing more runs (no rollback either) and the log says so
                interrupted = true;
                failure = event + " stopped: codestages was interrupted";
            } catch (AppspecRejectedException e) {
                failure = event + " failed: " + rejection(e);
            } catch (IOException | RuntimeException e) {
                // Whatever goes wrong inside an event fails that event, so the deployment still rolls
                // back and the report is still written.
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                failure = event + " failed: " + message;
            }
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            StepStatus status = interrupted ? StepStatus.STOPPED
                    : failure == null ? StepStatus.SUCCEEDED : StepStatus.FAILED;
            if (failure != null) {
                listener.note(event, failure);
            }
            if (status == StepStatus.FAILED && settings.ignoreApplicationStopFailures() && IGNORABLE.contains(event)) {
                // the event stays Failed in the record, but the deployment to this instance goes on
                listener.note(event, "the failure is ignored (ignoreApplicationStopFailures): the deployment"
                        + " continues with the next event");
                failure = null;
            }
            listener.finished(event, status, durationMs);
            events.add(new DeploymentResult.EventResult(event, status, durationMs, scripts));
        }
        if (failure == null && lifecycle.installs()) {
            writePointer(instance, settings.deploymentGroupId() + "_last_successful_deployment", archive);
        }
        StepStatus outcome = interrupted ? StepStatus.STOPPED
                : failure == null ? StepStatus.SUCCEEDED : StepStatus.FAILED;
        log(instance, "deployment " + id + (failure == null ? " succeeded" : interrupted ? " stopped: " + failure
                : " failed: " + failure));
        return new DeploymentResult(id, outcome, events, failure, null);
    }

    /** The revisions cleanup must keep: the last successful deployment and install, and the bundle deployed. */
    private static Set<Path> keptRevisions(InstanceRoot instance, DeploySettings settings, Path bundle)
            throws IOException {
        Set<Path> keep = new HashSet<>();
        readPointer(instance, settings.deploymentGroupId() + "_last_successful_deployment").ifPresent(keep::add);
        readPointer(instance, settings.deploymentGroupId() + "_last_successful_install").ifPresent(keep::add);
        keep.add(bundle.toAbsolutePath().normalize());
        return keep;
    }

    /** The rejection and each finding as the text report shows it. */
    private static String rejection(AppspecRejectedException e) {
        StringBuilder out = new StringBuilder(e.getMessage()).append(':');
        for (Finding finding : e.findings()) {
            out.append('\n').append(TextReport.line(finding));
        }
        return out.toString();
    }

    private static Optional<Path> readPointer(InstanceRoot instance, String name) throws IOException {
        Path pointer = instance.instructions().resolve(name);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        Path archive = instance.path().resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()).normalize();
        return archive.startsWith(instance.path()) && Files.isDirectory(archive) ? Optional.of(archive) : Optional.empty();
    }

    private static void writePointer(InstanceRoot instance, String name, Path archive) throws IOException {
        Files.createDirectories(instance.instructions());
        Files.writeString(instance.instructions().resolve(name), instance.path().relativize(archive) + "\n",
                StandardCharsets.UTF_8);
    }

    private static void log(InstanceRoot instance, String line) throws IOException {
        Path log = instance.agentRoot().resolve("deployment-logs/codedeploy-agent-deployments.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, Instant.now() + " " + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String newDeploymentId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder id = new StringBuilder("d-");
        for (int i = 0; i < 9; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** Runs the scripts of one event, in order, until one fails. */
    static final class HookRunner {
        private final InstanceRoot instance;
        private final DeploySettings settings;
        private final String deploymentId;
        private final Path scriptsLog;
        private final RunListener listener;

        private final Map<String, String> extraEnvironment;

        HookRunner(InstanceRoot instance, DeploySettings settings, String deploymentId, Path scriptsLog,
                   RunListener listener, Map<String, String> extraEnvironment) {
            this.extraEnvironment = extraEnvironment;
            this.instance = instance;
            this.settings = settings;
            this.deploymentId = deploymentId;
            this.scriptsLog = scriptsLog;
            this.listener = listener;
        }

        /** Runs the scripts {@code spec} lists for {@code event}; the failure message, or null when all succeeded. */
        String run(String event, AgentAppspec spec, Path archive,
                   List<DeploymentResult.ScriptResult> results) throws IOException, InterruptedException {
            Path root = archive.toRealPath();
            for (AgentAppspec.HookScript script : spec.scriptsOf(event)) {
                String location = script.location() == null ? "" : script.location();
                append("LifecycleEvent - " + event);
                append("Script - " + location);
                String inRevision = spec.revisionPath(location);
                Path path = inRevision == null ? root.resolve(location).normalize() : root.resolve(inRevision);
                if (location.isBlank() || !path.startsWith(root) || !Files.isRegularFile(path)
                        || !path.toRealPath().startsWith(root)) {
                    String message = "ScriptMissing: Script does not exist at specified location: " + path;
                    results.add(new DeploymentResult.ScriptResult(location, null, message));
                    return message;
                }
                if (!Files.isExecutable(path)) {
                    listener.note(event, "making " + location + " executable, as the agent does");
                    FileInstaller.makeExecutable(path);
                }
                if (script.runas() != null && !script.runas().equals(System.getProperty("user.name"))) {
                    listener.note(event, "runas '" + script.runas() + "' is not switched to locally");
                }
                Map<String, String> environment = new java.util.HashMap<>(settings.revisionEnvironment());
                environment.putAll(extraEnvironment);
                environment.putAll(Map.of(
                        "LIFECYCLE_EVENT", event,
                        "DEPLOYMENT_ID", deploymentId,
                        "APPLICATION_NAME", settings.applicationName(),
                        "DEPLOYMENT_GROUP_NAME", settings.deploymentGroupName(),
                        "DEPLOYMENT_GROUP_ID", settings.deploymentGroupId(),
                        "CODESTAGES_INSTANCE_ROOT", instance.path().toString()));
                // output of its own (a file, not a pipe): a daemon ApplicationStart leaves running keeps
                // writing there after codestages has gone, rather than dying of SIGPIPE
                // each stream read on its own, as the agent does, so the scripts log marks [stdout] and [stderr]
                int code = ProcessRunner.run(List.of(path.toString()), instance.path(), environment,
                        Duration.ofSeconds(Math.max(1, script.timeoutSeconds())),
                        scriptsLog.resolveSibling("hook-output.log"), line -> output(event, "[stdout]", line),
                        line -> output(event, "[stderr]", line), false);
                boolean unfinished = code == ProcessRunner.TIMED_OUT || code == ProcessRunner.STDOUT_LEFT_OPEN
                        || code == ProcessRunner.STDERR_LEFT_OPEN;
                results.add(new DeploymentResult.ScriptResult(location, unfinished ? null : code,
                        code == ProcessRunner.TIMED_OUT ? "timed out" : unfinished ? "output left open" : null));
                if (code == ProcessRunner.STDOUT_LEFT_OPEN || code == ProcessRunner.STDERR_LEFT_OPEN) {
                    // hook_executor.rb: the agent waits for each stream to end and fails the script when one
                    // stays open (its message; the API knows no error code of its own for it: ScriptFailed);
                    // the troubleshooting guide's "Long-running processes" section says to redirect them
                    return "ScriptFailed: Script at specified location: " + location + " failed to close "
                            + (code == ProcessRunner.STDOUT_LEFT_OPEN ? "STDOUT" : "STDERR") + " (a process it started"
                            + " in the background still holds it; redirect that process's output, e.g. '> /dev/null"
                            + " 2>&1 &'; see \"Long-running processes can cause deployments to fail\" in"
                            + " https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments.html)";
                }
                if (code == ProcessRunner.TIMED_OUT) {
                    return "ScriptTimedOut: Script at specified location: " + location + " failed to complete in "
                            + script.timeoutSeconds() + " seconds";
                }
                if (code != 0) {
                    return "ScriptFailed: Script at specified location: " + location + " failed with exit code " + code;
                }
            }
            return null;
        }

        /** One line of a hook's output, from either stream's reader thread, one at a time. */
        private synchronized void output(String event, String stream, String line) {
            listener.output(event, line);
            append(stream + line);
        }

        private synchronized void append(String line) {
            try {
                Files.writeString(scriptsLog, Instant.now() + " " + line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                listener.note("log", "cannot write " + scriptsLog + ": " + e.getMessage());
            }
        }
    }
}
