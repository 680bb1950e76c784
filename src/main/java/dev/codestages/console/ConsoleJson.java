package dev.codestages.console;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.codestages.engine.ExecutionJson;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.StageTransitions;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.RuleInfo;
import dev.codestages.report.JsonReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the page reads besides the execution record itself: the overview (project, pipeline, the
 * execution history with each execution's source revision), the change events with their narration, the
 * lint findings with their rule's explanation, and the small bodies of requests and answers.
 */
final class ConsoleJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ConsoleJson() {
    }

    /** Writes one JSON value with {@code body}. */
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String overview(ConsoleProject project, String pipelineName, Map<String, StageTransitions.Transition> transitions,
                           List<ExecutionState> history) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("project", project.folder().toString());
            json.writeStringField("store", project.storeDir().toString());
            json.writeStringField("pipelineName", pipelineName);
            json.writeObjectFieldStart("controls");
            json.writeBooleanField("retry", true);
            json.writeBooleanField("stop", true);
            json.writeBooleanField("transitions", true);
            json.writeEndObject();
            // as GetPipelineState's inboundTransitionState
            json.writeObjectFieldStart("transitions");
            for (Map.Entry<String, StageTransitions.Transition> transition : transitions.entrySet()) {
                json.writeObjectFieldStart(transition.getKey());
                json.writeBooleanField("enabled", transition.getValue().enabled());
                json.writeStringField("disabledReason", transition.getValue().disabledReason());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("executions");
            for (ExecutionState execution : history) {
                json.writeStartObject();
                json.writeStringField("executionId", execution.executionId());
                json.writeStringField("pipelineName", execution.pipelineName());
                json.writeStringField("status", execution.status().label());
                json.writeStringField("startTime", time(execution.startTime()));
                json.writeStringField("endTime", time(execution.endTime()));
                json.writeStringField("sourceVersion", execution.sourceVersion());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * A changed execution: what changed, each with its narration, when its state file was written, and its
     * execution record as read from that file (so the page needs no second request to show it).
     */
    static String change(ExecutionState execution, long modifiedMillis, List<StateChange> changes) {
        String record;
        try {
            record = ExecutionJson.record(execution);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("executionId", execution.executionId());
            json.writeStringField("status", execution.status().label());
            json.writeNumberField("modified", modifiedMillis);
            json.writeArrayFieldStart("changes");
            for (StateChange change : changes) {
                Narration narration = Narration.of(change);
                json.writeStartObject();
                json.writeStringField("step", change.step());
                json.writeStringField("status", change.status().label());
                json.writeStringField("narration", narration.text());
                json.writeStringField("link", narration.link());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("record");
            json.writeRawValue(record);
            json.writeEndObject();
        });
    }

    /**
     * The findings as {@code lint --format json} writes them ({@code report}), and for each rule found its
     * title, why it matters and the AWS page it comes from ({@code rules}), as {@code explain} tells them.
     */
    static String lint(LintReport report, Map<String, RuleInfo> rules) {
        StringBuilder findings = new StringBuilder();
        try {
            new JsonReport().write(report, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(json -> {
            json.writeStartObject();
            json.writeFieldName("report");
            json.writeRawValue(findings.toString());
            json.writeObjectFieldStart("rules");
            for (String id : report.findings().stream().map(Finding::rule).distinct().toList()) {
                RuleInfo rule = rules.get(id);
                if (rule != null) {
                    json.writeObjectFieldStart(id);
                    json.writeStringField("title", rule.title());
                    json.writeStringField("explanation", rule.rationale());
                    json.writeStringField("source", rule.source());
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** {"message": text} (and the execution id when one is known), the answer to a request. */
    static String message(String text, String executionId) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("message", text);
            if (executionId != null) {
                json.writeStringField("executionId", executionId);
            }
            json.writeEndObject();
        });
    }

    /** One log line. */
    static String line(String text) {
        return write(json -> json.writeString(text));
    }

    /**
     * The fields of a request body: one JSON object of strings, numbers and booleans (as their text).
     *
     * @throws IOException when the body is not such an object
     */
    static Map<String, String> fields(String body) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(body.isBlank() ? "{}" : body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the request body is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isScalarValue()) {
                    fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                } else {
                    throw new IOException("field '" + name + "' is not a string, number or boolean");
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("the request body is not JSON: " + e.getOriginalMessage());
        }
        return fields;
    }

    private static String time(java.time.Instant time) {
        return time == null ? null : ExecutionJson.record(time);
    }
}
