package dev.codestages.api;

import dev.codestages.engine.ActionState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids the API gives to things the execution record keeps without an id of their own: an action's run
 * (CodePipeline's {@code actionExecutionId}) and a CodeBuild build ({@code PROJECT:UUID}, as CodeBuild writes
 * build ids). Derived from the execution id, the stage, the action and its start time, so the same run gets the
 * same id on every request and a retried action a new one.
 */
final class ExternalIds {

    private ExternalIds() {
    }

    static String actionExecutionId(String executionId, String stage, ActionState action) {
        return uuid("action", executionId, stage, action).toString();
    }

    static String buildId(String project, String executionId, String stage, ActionState action) {
        return project + ":" + uuid("build", executionId, stage, action);
    }

    private static UUID uuid(String kind, String executionId, String stage, ActionState action) {
        long started = action.startTime() == null ? 0 : action.startTime().toEpochMilli();
        return UUID.nameUUIDFromBytes(String.join("\n", kind, executionId, stage, action.name(), Long.toString(started))
                .getBytes(StandardCharsets.UTF_8));
    }
}
