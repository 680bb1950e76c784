package dev.codestages.api;

import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.EngineClock;
import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.ExecutionSetup;
import dev.codestages.engine.ExecutionStore;
import dev.codestages.engine.PipelineControl;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.run.RunListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project the local API serves, as the server was started on it: the git repository that stands for
 * CodeCommit, the pipeline definition (null: the folder's implicit pipeline), the execution store shared with
 * {@code codestages run}, the instance folder deployments go to, the engine's clock and the secret values for
 * builds. Executions started through the API are played by an {@link ExecutionEngine} on exactly this store.
 */
public record ApiProject(Path directory, Path pipelineFile, Path storeDir, Path target, EngineClock clock,
                         Map<String, String> secrets) {

    public ApiProject {
        directory = directory.toAbsolutePath().normalize();
        pipelineFile = pipelineFile == null ? null : pipelineFile.toAbsolutePath().normalize();
        storeDir = storeDir.toAbsolutePath().normalize();
        target = target.toAbsolutePath().normalize();
        secrets = Map.copyOf(secrets);
    }

    /**
     * The project in {@code folder} as {@code codestages run DIR} plays it ({@link ExecutionSetup#forProject}):
     * deployment groups under the store's instance folders, the engine's clock at real time, no secret values.
     */
    public static ApiProject of(Path folder, Path pipelineFile, Path storeDir) {
        return new ApiProject(folder, pipelineFile, storeDir, ExecutionSetup.forProject(folder, pipelineFile, storeDir)
                .target(), EngineClock.system(1), Map.of());
    }

    /** How a new execution is started: this project, the given revision (null: HEAD) and variable values. */
    ExecutionSetup setup(String revision, Map<String, String> variables) {
        ExecutionSetup project = ExecutionSetup.forProject(directory, pipelineFile, storeDir);
        return new ExecutionSetup(directory, revision, pipelineFile, target, variables, Map.of(), project.options(),
                project.inputs());
    }

    /** The pipeline as its definition reads now. */
    Pipeline pipeline() throws IOException {
        return ExecutionEngine.read(setup(null, Map.of()));
    }

    /** The name executions of {@code pipeline} carry in the store (the engine's fallback for an unnamed one). */
    static String name(Pipeline pipeline) {
        return pipeline.name().isPresent() ? pipeline.name().text() : "pipeline";
    }

    /**
     * The control facade over an engine that leaves approvals waiting for PutApprovalResult; the executions it
     * plays end Stopped when the server is stopped, as those of {@code run} do.
     */
    PipelineControl control() {
        ExecutionEngine engine = engine();
        engine.stopOnExit();
        return new PipelineControl(engine);
    }

    /** The control facade for what plays nothing (reading, disabling a transition): no stop hook per request. */
    PipelineControl reader() {
        return new PipelineControl(engine());
    }

    private ExecutionEngine engine() {
        return new ExecutionEngine(storeDir, clock, RunListener.SILENT, secrets, ApprovalDecider.PENDING);
    }

    ExecutionStore store() {
        return new ExecutionStore(storeDir);
    }
}
