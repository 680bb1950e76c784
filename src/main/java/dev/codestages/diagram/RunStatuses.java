package dev.codestages.diagram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.codestages.pipeline.Status;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statuses of one pipeline execution, read from the JSON that {@code codestages run --report}
 * writes ({@code status}, {@code executionId}, {@code stages[].name/status/actions[].name/status}),
 * for colouring a diagram, and a stage's {@code inboundTransitionState} ({@code enabled},
 * {@code disabledReason}: the shape of CodePipeline's GetPipelineState) to show a disabled transition.
 * Unknown fields are skipped; a malformed report is an error, not a crash.
 */
public final class RunStatuses {

    /** No run: nothing is coloured. */
    public static final RunStatuses NONE = new RunStatuses(null, Map.of(), Map.of(), Map.of());

    private static final JsonFactory JSON = new JsonFactory();

    private final String execution;
    private final Map<String, Status> stages;
    private final Map<String, Status> actions;
    private final Map<String, String> disabledTransitions;

    private RunStatuses(String execution, Map<String, Status> stages,
                        Map<String, Status> actions, Map<String, String> disabledTransitions) {
        this.execution = execution;
        this.stages = stages;
        this.actions = actions;
        this.disabledTransitions = disabledTransitions;
    }

    /** Why the transition into this stage is disabled ("" when no reason is given), or null when it is enabled. */
    public String disabledTransition(String stage) {
        return disabledTransitions.get(stage);
    }

    /** "executionId: Status", for the diagram's title. */
    public String execution() {
        return execution;
    }

    public Status stage(String name) {
        return stages.get(name);
    }

    public Status action(String stage, String action) {
        return actions.get(stage + "\u0000" + action);
    }

    /**
     * Reads a run report.
     *
     * @throws IOException when the text is not a run report
     */
    public static RunStatuses parse(String json) throws IOException {
        Map<String, Status> stages = new HashMap<>();
        Map<String, Status> actions = new HashMap<>();
        Map<String, String> disabled = new HashMap<>();
        String status = null;
        String id = null;
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("status") && value == JsonToken.VALUE_STRING) {
                    status = parser.getText();
                } else if (field.equals("executionId") && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if (field.equals("stages") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        readStage(parser, stages, actions, disabled);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not a run report: " + e.getOriginalMessage());
        }
        if (status == null) {
            throw new IOException("not a run report: it has no \"status\"");
        }
        return new RunStatuses((id == null ? "" : id + ": ") + status, stages, actions, disabled);
    }

    private static void readStage(JsonParser parser, Map<String, Status> stages,
                                  Map<String, Status> actions, Map<String, String> disabled)
            throws IOException {
        String name = null;
        String status = null;
        String disabledReason = null;
        Map<String, Status> stageActions = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("name") && value == JsonToken.VALUE_STRING) {
                name = parser.getText();
            } else if (field.equals("status") && value == JsonToken.VALUE_STRING) {
                status = parser.getText();
            } else if (field.equals("inboundTransitionState") && value == JsonToken.START_OBJECT) {
                disabledReason = readTransition(parser);
            } else if (field.equals("actions") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    String actionName = null;
                    String actionStatus = null;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String actionField = parser.currentName();
                        JsonToken actionValue = parser.nextToken();
                        if (actionField.equals("name") && actionValue == JsonToken.VALUE_STRING) {
                            actionName = parser.getText();
                        } else if (actionField.equals("status") && actionValue == JsonToken.VALUE_STRING) {
                            actionStatus = parser.getText();
                        } else {
                            parser.skipChildren();
                        }
                    }
                    if (actionName != null && shown(actionStatus) != null) {
                        stageActions.put(actionName, shown(actionStatus));
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (name != null) {
            if (shown(status) != null) {
                stages.put(name, shown(status));
            }
            if (disabledReason != null) {
                disabled.put(name, disabledReason);
            }
            for (Map.Entry<String, Status> action : stageActions.entrySet()) {
                actions.put(name + "\u0000" + action.getKey(), action.getValue());
            }
        }
    }

    /** The status a diagram shows for a report's word, in any case; null for a word it shows no colour for. */
    private static Status shown(String label) {
        for (Status status : Badge.STATUSES) {
            if (status.label().equalsIgnoreCase(label)) {
                return status;
            }
        }
        return null;
    }

    /** The reason of a disabled transition ("" when none is given), or null for an enabled one. */
    private static String readTransition(JsonParser parser) throws IOException {
        boolean enabled = true;
        String reason = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("enabled") && value == JsonToken.VALUE_FALSE) {
                enabled = false;
            } else if (field.equals("disabledReason") && value == JsonToken.VALUE_STRING) {
                reason = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return enabled ? null : reason;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("not a run report: expected a JSON object");
        }
    }
}
