package dev.codestages.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes an execution as the JSON of {@code run --report FILE}:
 * {@code {"status","executionId","stages":[{"name","status","actions":[{"name","provider","status",
 * "durationMs"}]}],"deployment":{"id","status","rolledBack","events":[{"name","status","durationMs",
 * "scripts":[{"location","exitCode"}]}]}}}; {@code deployment} is null when no deployment ran.
 */
public final class RunReportWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private RunReportWriter() {
    }

    public static String write(ExecutionResult execution) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("status", execution.status().label());
            json.writeStringField("executionId", execution.executionId());
            json.writeArrayFieldStart("stages");
            for (ExecutionResult.StageRun stage : execution.stages()) {
                json.writeStartObject();
                json.writeStringField("name", stage.name());
                json.writeStringField("status", stage.status().label());
                json.writeArrayFieldStart("actions");
                for (ExecutionResult.ActionRun action : stage.actions()) {
                    json.writeStartObject();
                    json.writeStringField("name", action.name());
                    json.writeStringField("provider", action.provider());
                    json.writeStringField("status", action.status().label());
                    json.writeNumberField("durationMs", action.durationMs());
                    if (action.message() != null) {
                        json.writeStringField("message", action.message());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("deployment");
            writeDeployment(json, execution.deployment());
            json.writeEndObject();
        }
        return out + "\n";
    }

    private static void writeDeployment(JsonGenerator json, DeploymentResult deployment) throws IOException {
        if (deployment == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("id", deployment.id());
        json.writeStringField("status", deployment.status().label());
        json.writeBooleanField("rolledBack", deployment.rolledBack());
        if (deployment.failure() != null) {
            json.writeStringField("failure", deployment.failure());
        }
        json.writeArrayFieldStart("events");
        for (DeploymentResult.EventResult event : deployment.events()) {
            json.writeStartObject();
            json.writeStringField("name", event.name());
            json.writeStringField("status", event.status().label());
            json.writeNumberField("durationMs", event.durationMs());
            json.writeArrayFieldStart("scripts");
            for (DeploymentResult.ScriptResult script : event.scripts()) {
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
        if (deployment.rollback() != null) {
            json.writeFieldName("rollback");
            writeDeployment(json, deployment.rollback());
        }
        json.writeEndObject();
    }
}
