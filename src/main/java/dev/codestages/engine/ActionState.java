package dev.codestages.engine;

import dev.codestages.pipeline.Status;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action of an execution as it stands: its status (null until it starts), when it started and
 * ended, the variables it produced, why it failed, and what its build or deployment did. Changed only
 * by the thread that plays it, read by the store under the execution's lock.
 */
public final class ActionState {

    /** A failure as CodePipeline's {@code ErrorDetails}: a code such as {@code JobFailed} and a message. */
    public record Error(String code, String message) {
    }

    /** One build phase. */
    public record Phase(String name, String status, long durationMs) {
    }

    /** One hook script of a lifecycle event, with its exit code (null when it never exited). */
    public record Script(String location, Integer exitCode) {
    }

    /** One lifecycle event of a deployment on an instance. */
    public record Event(String name, String status, List<Script> scripts) {
        public Event {
            scripts = List.copyOf(scripts);
        }
    }

    /** One instance a deployment went to. */
    public record Instance(String instanceId, String status, List<Event> events) {
        public Instance {
            events = List.copyOf(events);
        }
    }

    /**
     * One traffic shift of a Lambda or ECS deployment: when, and each target's percentage (Lambda versions, or
     * the ECS task sets {@code blue} and {@code green}), the original first.
     */
    public record TrafficStep(Instant at, Map<String, Integer> weights) {
        public TrafficStep {
            weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        }
    }

    /**
     * What a CodeDeploy action did, or is doing: the record carries the deployment from the moment it starts, with
     * the status CodeDeploy's GetDeployment would show (InProgress; Ready while a blue/green deployment waits to
     * reroute traffic), and its end. A Lambda or ECS deployment has one target in {@code instances} (the function
     * and alias, or the ECS service) whose events carry the hook function that ran at them as their script, its
     * {@code computePlatform} (null for EC2/On-Premises) and its traffic steps.
     */
    public record Deployment(String deploymentId, String applicationName, String deploymentGroupName, String status,
                             boolean rolledBack, List<Instance> instances, String computePlatform,
                             List<TrafficStep> trafficSteps) {
        public Deployment {
            instances = List.copyOf(instances);
            trafficSteps = List.copyOf(trafficSteps);
        }

        /** The same deployment with status {@code changed}. */
        public Deployment withStatus(String changed) {
            return new Deployment(deploymentId, applicationName, deploymentGroupName, changed, rolledBack, instances,
                    computePlatform, trafficSteps);
        }

        /** True once the deployment has ended: Succeeded, Failed or Stopped. */
        public boolean ended() {
            return status.equals("Succeeded") || status.equals("Failed") || status.equals("Stopped");
        }

        /** An EC2/On-Premises deployment: no compute platform named, no traffic steps. */
        public Deployment(String deploymentId, String applicationName, String deploymentGroupName, String status,
                          boolean rolledBack, List<Instance> instances) {
            this(deploymentId, applicationName, deploymentGroupName, status, rolledBack, instances, null, List.of());
        }
    }

    /**
     * A pending or decided manual approval: its token, when it expires, the decision (null while pending) and
     * the reviewer's summary, and what the reviewer is shown: CustomData and ExternalEntityLink with variables
     * resolved.
     */
    public record Approval(String token, Instant expires, String decision, String summary, String customData,
                           String externalEntityLink) {

        /** The same approval, decided. */
        public Approval decided(String outcome, String reviewerSummary) {
            return new Approval(token, expires, outcome, reviewerSummary, customData, externalEntityLink);
        }
    }

    private final String name;
    private final String provider;
    private final int runOrder;
    private Status status;
    private Instant startTime;
    private Instant endTime;
    private final Map<String, String> outputVariables = new LinkedHashMap<>();
    private Error error;
    private List<Phase> phases;
    private Deployment deployment;
    private Approval approval;

    public ActionState(String name, String provider, int runOrder) {
        this.name = name;
        this.provider = provider;
        this.runOrder = runOrder;
    }

    public String name() {
        return name;
    }

    public String provider() {
        return provider;
    }

    public int runOrder() {
        return runOrder;
    }

    public synchronized Status status() {
        return status;
    }

    public synchronized Instant startTime() {
        return startTime;
    }

    public synchronized Instant endTime() {
        return endTime;
    }

    public synchronized Map<String, String> outputVariables() {
        return Map.copyOf(outputVariables);
    }

    public synchronized Error error() {
        return error;
    }

    public synchronized List<Phase> phases() {
        return phases;
    }

    public synchronized Deployment deployment() {
        return deployment;
    }

    public synchronized Approval approval() {
        return approval;
    }

    synchronized void start(Instant at) {
        status = Status.IN_PROGRESS;
        startTime = at;
        endTime = null;
        error = null;
    }

    synchronized void finish(Status ended, Instant at, Error failure) {
        status = ended;
        endTime = at;
        error = failure;
    }

    synchronized void outputVariables(Map<String, String> variables) {
        outputVariables.clear();
        outputVariables.putAll(variables);
    }

    synchronized void phases(List<Phase> played) {
        phases = played == null ? null : List.copyOf(played);
    }

    synchronized void deployment(Deployment played) {
        deployment = played;
    }

    synchronized void approval(Approval state) {
        approval = state;
    }

    /**
     * Forgets the attempt so the action runs again, as a stage retry does (stage-retry.html); its log file
     * keeps the earlier attempt, as AWS keeps the history of earlier action executions.
     */
    synchronized void reset() {
        status = null;
        startTime = null;
        endTime = null;
        error = null;
        outputVariables.clear();
        phases = null;
        deployment = null;
        approval = null;
    }

    /** Restores what the store read back; only {@link ExecutionJsonReader} calls it. */
    synchronized void restore(Status status, Instant startTime, Instant endTime, Error error) {
        this.status = status;
        this.startTime = startTime;
        this.endTime = endTime;
        this.error = error;
    }
}
