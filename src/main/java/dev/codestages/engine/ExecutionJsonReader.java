package dev.codestages.engine;

import dev.codestages.pipeline.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads back the state file {@link ExecutionJson} wrote, so an execution can be shown or continued. */
final class ExecutionJsonReader {

    private ExecutionJsonReader() {
    }

    /**
     * Reads a state file's text.
     *
     * @throws IOException when it is not an execution state of this version
     */
    static ExecutionState read(String text) throws IOException {
        Map<String, Object> root = JsonTree.object(JsonTree.parse(text));
        if (!Long.valueOf(ExecutionJson.VERSION).equals(root.get("version"))) {
            throw new IOException("not an execution state of version " + ExecutionJson.VERSION);
        }
        Map<String, Object> engine = JsonTree.object(root.get("engine"));
        ExecutionSetup setup = new ExecutionSetup(path(engine.get("repository")), JsonTree.text(engine.get("revision")),
                path(engine.get("pipelineFile")), path(engine.get("target")),
                JsonTree.strings(engine.get("pipelineVariables")), JsonTree.strings(engine.get("stubs")),
                actionOptions(JsonTree.object(engine.get("actionOptions"))), inputs(engine));
        List<StageState> stages = new ArrayList<>();
        for (Object stageValue : JsonTree.array(root.get("stages"))) {
            Map<String, Object> stage = JsonTree.object(stageValue);
            List<ActionState> actions = new ArrayList<>();
            for (Object actionValue : JsonTree.array(stage.get("actions"))) {
                actions.add(action(JsonTree.object(actionValue)));
            }
            StageState state = new StageState(JsonTree.text(stage.get("name")), actions);
            state.status(Status.of(JsonTree.text(stage.get("status"))));
            stages.add(state);
        }
        String id = JsonTree.text(root.get("executionId"));
        Status status = Status.of(JsonTree.text(root.get("status")));
        if (id == null || status == null) {
            throw new IOException("an execution state needs an executionId and a status");
        }
        ExecutionState execution = new ExecutionState(id, JsonTree.text(root.get("pipelineName")), setup, stages,
                time(root.get("startTime")));
        execution.restore(status, time(root.get("startTime")), time(root.get("endTime")),
                String.valueOf(engine.getOrDefault("sourceVersion", "")));
        execution.statusSummary(JsonTree.text(root.get("statusSummary")));
        execution.waitingAt(JsonTree.text(root.get("waitingAt")));
        execution.queuedAt(JsonTree.text(root.get("queuedAt")));
        if (engine.get("approvalTimeoutSeconds") instanceof Long seconds) {
            execution.approvalTimeout(java.time.Duration.ofSeconds(seconds));
        }
        JsonTree.strings(root.get("variables")).forEach(execution::variable);
        JsonTree.strings(engine.get("artifacts")).forEach((name, zip) -> execution.artifact(name, Path.of(zip)));
        JsonTree.strings(engine.get("trees")).forEach((name, tree) -> execution.tree(name, Path.of(tree)));
        return execution;
    }

    private static ActionOptions actionOptions(Map<String, Object> options) {
        List<Path> files = new ArrayList<>();
        for (Object file : JsonTree.array(options.get("deploymentGroupFiles"))) {
            files.add(Path.of(JsonTree.text(file)));
        }
        Integer instances = options.get("instances") instanceof Long n ? n.intValue() : null;
        Boolean rollback = options.get("rollback") instanceof Boolean b ? b : null;
        return new ActionOptions(files, instances, rollback,
                Boolean.TRUE.equals(options.get("ignoreApplicationStopFailures")), JsonTree.strings(options.get("functions")),
                options.get("deploymentConfig") == null ? null : JsonTree.text(options.get("deploymentConfig")),
                JsonTree.strings(options.get("containers")));
    }

    /** The local stand-ins; a state written before they existed has none. */
    private static LocalInputs inputs(Map<String, Object> engine) throws IOException {
        Map<String, Path> repositories = new java.util.LinkedHashMap<>();
        JsonTree.strings(engine.get("repositories")).forEach((name, path) -> repositories.put(name, Path.of(path)));
        Map<String, Path> sources = new java.util.LinkedHashMap<>();
        JsonTree.strings(engine.get("sources")).forEach((step, path) -> sources.put(step, Path.of(path)));
        Object timeout = engine.get("buildTimeoutMs");
        return new LocalInputs(repositories, sources, timeout instanceof Long ms ? java.time.Duration.ofMillis(ms) : null);
    }

    private static ActionState action(Map<String, Object> action) throws IOException {
        Object runOrder = action.get("runOrder");
        ActionState state = new ActionState(JsonTree.text(action.get("name")), JsonTree.text(action.get("provider")),
                runOrder instanceof Long n ? n.intValue() : 1);
        Map<String, Object> error = JsonTree.object(action.get("error"));
        state.restore(Status.of(JsonTree.text(action.get("status"))), time(action.get("startTime")),
                time(action.get("endTime")), error.isEmpty() ? null
                        : new ActionState.Error(JsonTree.text(error.get("code")), JsonTree.text(error.get("message"))));
        state.outputVariables(JsonTree.strings(action.get("outputVariables")));
        if (action.get("build") != null) {
            List<ActionState.Phase> phases = new ArrayList<>();
            for (Object phase : JsonTree.array(JsonTree.object(action.get("build")).get("phases"))) {
                Map<String, Object> p = JsonTree.object(phase);
                phases.add(new ActionState.Phase(JsonTree.text(p.get("name")), JsonTree.text(p.get("status")),
                        p.get("durationMs") instanceof Long ms ? ms : 0));
            }
            state.phases(phases);
        }
        if (action.get("deployment") != null) {
            state.deployment(deployment(JsonTree.object(action.get("deployment"))));
        }
        if (action.get("approval") != null) {
            Map<String, Object> approval = JsonTree.object(action.get("approval"));
            state.approval(new ActionState.Approval(JsonTree.text(approval.get("token")), time(approval.get("expires")),
                    JsonTree.text(approval.get("decision")), JsonTree.text(approval.get("summary")),
                    JsonTree.text(approval.get("customData")), JsonTree.text(approval.get("externalEntityLink"))));
        }
        return state;
    }

    private static ActionState.Deployment deployment(Map<String, Object> deployment) throws IOException {
        List<ActionState.Instance> instances = new ArrayList<>();
        for (Object instanceValue : JsonTree.array(deployment.get("instances"))) {
            Map<String, Object> instance = JsonTree.object(instanceValue);
            List<ActionState.Event> events = new ArrayList<>();
            for (Object eventValue : JsonTree.array(instance.get("events"))) {
                Map<String, Object> event = JsonTree.object(eventValue);
                List<ActionState.Script> scripts = new ArrayList<>();
                for (Object scriptValue : JsonTree.array(event.get("scripts"))) {
                    Map<String, Object> script = JsonTree.object(scriptValue);
                    scripts.add(new ActionState.Script(JsonTree.text(script.get("location")),
                            script.get("exitCode") instanceof Long code ? code.intValue() : null));
                }
                events.add(new ActionState.Event(JsonTree.text(event.get("name")), JsonTree.text(event.get("status")),
                        scripts));
            }
            instances.add(new ActionState.Instance(JsonTree.text(instance.get("instanceId")),
                    JsonTree.text(instance.get("status")), events));
        }
        return new ActionState.Deployment(JsonTree.text(deployment.get("deploymentId")),
                JsonTree.text(deployment.get("applicationName")), JsonTree.text(deployment.get("deploymentGroupName")),
                JsonTree.text(deployment.get("status")), Boolean.TRUE.equals(deployment.get("rolledBack")), instances,
                JsonTree.text(deployment.get("computePlatform")), trafficSteps(deployment.get("trafficSteps")));
    }

    private static List<ActionState.TrafficStep> trafficSteps(Object value) throws IOException {
        List<ActionState.TrafficStep> steps = new ArrayList<>();
        for (Object stepValue : JsonTree.array(value)) {
            Map<String, Object> step = JsonTree.object(stepValue);
            Map<String, Integer> weights = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Object> weight : JsonTree.object(step.get("weights")).entrySet()) {
                weights.put(weight.getKey(), weight.getValue() instanceof Long percent ? percent.intValue() : 0);
            }
            steps.add(new ActionState.TrafficStep(time(step.get("time")), weights));
        }
        return steps;
    }

    private static Path path(Object value) {
        String text = JsonTree.text(value);
        return text == null ? null : Path.of(text);
    }

    private static Instant time(Object value) throws IOException {
        String text = JsonTree.text(value);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException("not a time: " + text);
        }
    }
}
