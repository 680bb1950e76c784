package dev.codestages.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.pipeline.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes an execution as JSON: the execution record of {@code run --report FILE} and
 * {@code status --format json} (version 2, described by docs/execution-record.schema.json), and the
 * same document plus an {@code engine} section (how it was started, its artifacts) as the state file
 * the store keeps. Times are ISO-8601 in UTC with milliseconds; a stage or action that never started
 * has a null status.
 */
public final class ExecutionJson {

    /** The version of the record's layout. */
    public static final int VERSION = 2;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final JsonFactory JSON = new JsonFactory();

    private ExecutionJson() {
    }

    /** The execution record a grader reads. */
    public static String record(ExecutionState execution) throws IOException {
        return write(execution, false);
    }

    /** A time as the record writes it: ISO-8601, UTC, milliseconds. */
    public static String record(java.time.Instant time) {
        return time == null ? "-" : TIME.format(time);
    }

    /** The state file: the record and what the engine needs to continue the execution. */
    static String state(ExecutionState execution) throws IOException {
        return write(execution, true);
    }

    private static String write(ExecutionState execution, boolean engine) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeStringField("pipelineName", execution.pipelineName());
            json.writeStringField("executionId", execution.executionId());
            json.writeStringField("status", execution.status().label());
            time(json, "startTime", execution.startTime());
            time(json, "endTime", execution.endTime());
            if (execution.statusSummary() != null) {
                json.writeStringField("statusSummary", execution.statusSummary());
            }
            if (execution.waitingAt() != null) {
                json.writeStringField("waitingAt", execution.waitingAt());
            }
            if (execution.queuedAt() != null) {
                json.writeStringField("queuedAt", execution.queuedAt());
            }
            strings(json, "variables", execution.orderedVariables());
            json.writeArrayFieldStart("stages");
            for (StageState stage : execution.stages()) {
                json.writeStartObject();
                json.writeStringField("name", stage.name());
                status(json, stage.status());
                json.writeArrayFieldStart("actions");
                for (ActionState action : stage.actions()) {
                    action(json, action);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            if (engine) {
                engine(json, execution);
            }
            json.writeEndObject();
        }
        return out + "\n";
    }

    private static void action(JsonGenerator json, ActionState action) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", action.name());
        json.writeStringField("provider", action.provider());
        json.writeNumberField("runOrder", action.runOrder());
        status(json, action.status());
        time(json, "startTime", action.startTime());
        time(json, "endTime", action.endTime());
        strings(json, "outputVariables", action.outputVariables());
        ActionState.Error error = action.error();
        if (error == null) {
            json.writeNullField("error");
        } else {
            json.writeObjectFieldStart("error");
            json.writeStringField("code", error.code());
            json.writeStringField("message", error.message());
            json.writeEndObject();
        }
        if (action.phases() != null) {
            json.writeObjectFieldStart("build");
            json.writeArrayFieldStart("phases");
            for (ActionState.Phase phase : action.phases()) {
                json.writeStartObject();
                json.writeStringField("name", phase.name());
                json.writeStringField("status", phase.status());
                json.writeNumberField("durationMs", phase.durationMs());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        if (action.deployment() != null) {
            deployment(json, action.deployment());
        }
        if (action.approval() != null) {
            ActionState.Approval approval = action.approval();
            json.writeObjectFieldStart("approval");
            json.writeStringField("token", approval.token());
            time(json, "expires", approval.expires());
            json.writeStringField("decision", approval.decision());
            json.writeStringField("summary", approval.summary());
            json.writeStringField("customData", approval.customData());
            json.writeStringField("externalEntityLink", approval.externalEntityLink());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void deployment(JsonGenerator json, ActionState.Deployment deployment) throws IOException {
        json.writeObjectFieldStart("deployment");
        json.writeStringField("deploymentId", deployment.deploymentId());
        json.writeStringField("applicationName", deployment.applicationName());
        json.writeStringField("deploymentGroupName", deployment.deploymentGroupName());
        json.writeStringField("status", deployment.status());
        json.writeBooleanField("rolledBack", deployment.rolledBack());
        json.writeArrayFieldStart("instances");
        for (ActionState.Instance instance : deployment.instances()) {
            json.writeStartObject();
            json.writeStringField("instanceId", instance.instanceId());
            json.writeStringField("status", instance.status());
            json.writeArrayFieldStart("events");
            for (ActionState.Event event : instance.events()) {
                json.writeStartObject();
                json.writeStringField("name", event.name());
                json.writeStringField("status", event.status());
                json.writeArrayFieldStart("scripts");
                for (ActionState.Script script : event.scripts()) {
                    json.writeStartObject();
                    json.writeStringField("location", script.location());
                    if (script.exitCode() == null) {
                        json.writeNullField("exitCode");
                    } else {
                        json.writeNumberField("exitCode", script.exitCode());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (deployment.computePlatform() != null) {
            json.writeStringField("computePlatform", deployment.computePlatform());
        }
        if (!deployment.trafficSteps().isEmpty()) {
            json.writeArrayFieldStart("trafficSteps");
            for (ActionState.TrafficStep step : deployment.trafficSteps()) {
                json.writeStartObject();
                time(json, "time", step.at());
                json.writeObjectFieldStart("weights");
                for (Map.Entry<String, Integer> weight : step.weights().entrySet()) {
                    json.writeNumberField(weight.getKey(), weight.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void engine(JsonGenerator json, ExecutionState execution) throws IOException {
        ExecutionSetup setup = execution.setup();
        json.writeObjectFieldStart("engine");
        path(json, "repository", setup.repository());
        json.writeStringField("revision", setup.revision());
        path(json, "pipelineFile", setup.pipelineFile());
        path(json, "target", setup.target());
        actionOptions(json, setup.options());
        strings(json, "pipelineVariables", setup.variables());
        strings(json, "stubs", setup.stubs());
        paths(json, "repositories", setup.inputs().repositories());
        paths(json, "sources", setup.inputs().sources());
        if (setup.inputs().buildTimeout() != null) {
            json.writeNumberField("buildTimeoutMs", setup.inputs().buildTimeout().toMillis());
        }
        json.writeStringField("sourceVersion", execution.sourceVersion());
        if (execution.approvalTimeout() != null) {
            json.writeNumberField("approvalTimeoutSeconds", execution.approvalTimeout().toSeconds());
        }
        paths(json, "artifacts", execution.artifacts());
        paths(json, "trees", execution.trees());
        json.writeEndObject();
    }

    private static void actionOptions(JsonGenerator json, ActionOptions options) throws IOException {
        json.writeObjectFieldStart("actionOptions");
        json.writeArrayFieldStart("deploymentGroupFiles");
        for (Path file : options.deploymentGroupFiles()) {
            json.writeString(file.toString());
        }
        json.writeEndArray();
        if (options.instances() == null) {
            json.writeNullField("instances");
        } else {
            json.writeNumberField("instances", options.instances());
        }
        if (options.rollback() == null) {
            json.writeNullField("rollback");
        } else {
            json.writeBooleanField("rollback", options.rollback());
        }
        json.writeBooleanField("ignoreApplicationStopFailures", options.ignoreApplicationStopFailures());
        strings(json, "functions", options.functions());
        if (options.deploymentConfig() != null) {
            json.writeStringField("deploymentConfig", options.deploymentConfig());
        }
        strings(json, "containers", options.containers());
        json.writeEndObject();
    }

    private static void status(JsonGenerator json, Status status) throws IOException {
        json.writeStringField("status", status == null ? null : status.label());
    }

    private static void time(JsonGenerator json, String field, Instant time) throws IOException {
        json.writeStringField(field, time == null ? null : TIME.format(time));
    }

    private static void path(JsonGenerator json, String field, Path path) throws IOException {
        json.writeStringField(field, path == null ? null : path.toString());
    }

    private static void strings(JsonGenerator json, String field, Map<String, String> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> value : values.entrySet()) {
            json.writeStringField(value.getKey(), value.getValue());
        }
        json.writeEndObject();
    }

    private static void paths(JsonGenerator json, String field, Map<String, Path> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Path> value : values.entrySet()) {
            json.writeStringField(value.getKey(), value.getValue().toString());
        }
        json.writeEndObject();
    }
}
