package dev.codestages.api;

import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.ExecutionState;
import dev.codestages.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The executions in the project's store, read afresh for each request (the store is the only truth), and the
 * pipeline each was started from, read once per request.
 */
final class StoredExecutions {

    private final Map<Path, Pipeline> pipelines = new HashMap<>();

    /** Every execution in the store, newest first. */
    static List<ExecutionState> all(ApiProject project) throws AwsApiError {
        try {
            return project.store().history();
        } catch (IOException e) {
            throw new AwsApiError("InternalFailure", "cannot read the execution store: " + e.getMessage(), 500);
        }
    }

    /** The pipeline {@code execution} was started from; null when its definition cannot be read any more. */
    Pipeline pipelineOf(ExecutionState execution) {
        return pipelines.computeIfAbsent(execution.setup().pipelineSource(), source -> {
            try {
                return ExecutionEngine.read(execution.setup());
            } catch (IOException e) {
                return null;
            }
        });
    }
}
