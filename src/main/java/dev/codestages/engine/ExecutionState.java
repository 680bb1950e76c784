package dev.codestages.engine;

import dev.codestages.pipeline.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pipeline execution as the store keeps it and the record shows it: id, pipeline, status, the
 * resolved variables ({@code Namespace.Name} to value), every stage and action (also those that never
 * ran), and what is needed to continue it later: how it was started and which artifacts it made.
 */
public final class ExecutionState {

    private final String executionId;
    private final String pipelineName;
    private final ExecutionSetup setup;
    private final List<StageState> stages;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<String, Path> artifacts = new LinkedHashMap<>();
    private final Map<String, Path> trees = new LinkedHashMap<>();
    private Status status = Status.IN_PROGRESS;
    private Instant startTime;
    private Instant endTime;
    private String sourceVersion = "";
    private String statusSummary;
    private String waitingAt;
    private String queuedAt;
    private java.time.Duration approvalTimeout;

    public ExecutionState(String executionId, String pipelineName, ExecutionSetup setup, List<StageState> stages,
                          Instant startTime) {
        this.executionId = executionId;
        this.pipelineName = pipelineName;
        this.setup = setup;
        this.stages = List.copyOf(stages);
        this.startTime = startTime;
    }

    public String executionId() {
        return executionId;
    }

    public String pipelineName() {
        return pipelineName;
    }

    public ExecutionSetup setup() {
        return setup;
    }

    public List<StageState> stages() {
        return stages;
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

    public synchronized Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /** The variables in the order they were made, for the record. */
    public synchronized Map<String, String> orderedVariables() {
        return new LinkedHashMap<>(variables);
    }

    public synchronized Map<String, Path> artifacts() {
        return new LinkedHashMap<>(artifacts);
    }

    public synchronized Map<String, Path> trees() {
        return new LinkedHashMap<>(trees);
    }

    public synchronized String sourceVersion() {
        return sourceVersion;
    }

    /** Why the execution stands as it does (a stop's reason, who superseded it), as GetPipelineExecution's statusSummary; null when nothing to say. */
    public synchronized String statusSummary() {
        return statusSummary;
    }

    /** The stage whose disabled inbound transition the execution waits at, or null. */
    public synchronized String waitingAt() {
        return waitingAt;
    }

    /** The stage another execution holds that this one waits to enter (its stage lock), or null. */
    public synchronized String queuedAt() {
        return queuedAt;
    }

    /** How long its approvals wait ({@code run --approval-timeout}); null: the action's own or 7 days. */
    public synchronized java.time.Duration approvalTimeout() {
        return approvalTimeout;
    }

    public StageState stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The approvals waiting for a decision, as {@code Stage/Action}. */
    public List<String> pendingApprovals() {
        return stages.stream().flatMap(stage -> stage.actions().stream()
                        .filter(a -> a.approval() != null && a.approval().decision() == null
                                && a.status() == Status.IN_PROGRESS)
                        .map(a -> stage.name() + "/" + a.name()))
                .toList();
    }

    /** The action {@code Stage/Action}, if there is one. */
    public Optional<ActionState> action(String stageSlashAction) {
        int slash = stageSlashAction.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        StageState stage = stage(stageSlashAction.substring(0, slash));
        return stage == null ? Optional.empty() : Optional.ofNullable(stage.action(stageSlashAction.substring(slash + 1)));
    }

    synchronized void status(Status ended, Instant at) {
        status = ended;
        endTime = ended.isFinal() ? at : null;
    }

    synchronized void statusSummary(String summary) {
        statusSummary = summary;
    }

    synchronized void waitingAt(String stage) {
        waitingAt = stage;
    }

    synchronized void queuedAt(String stage) {
        queuedAt = stage;
    }

    synchronized void approvalTimeout(java.time.Duration timeout) {
        approvalTimeout = timeout;
    }

    synchronized void restore(Status status, Instant startTime, Instant endTime, String sourceVersion) {
        this.status = status;
        this.startTime = startTime;
        this.endTime = endTime;
        this.sourceVersion = sourceVersion;
    }

    synchronized void variable(String name, String value) {
        variables.put(name, value);
    }

    synchronized void artifact(String name, Path zip) {
        artifacts.put(name, zip);
    }

    synchronized void tree(String name, Path folder) {
        trees.put(name, folder);
    }

    synchronized void sourceVersion(String commitId) {
        sourceVersion = commitId;
    }
}
