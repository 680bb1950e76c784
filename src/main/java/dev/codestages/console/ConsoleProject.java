package dev.codestages.console;

import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.ExecutionSetup;
import dev.codestages.engine.ExecutionStore;
import dev.codestages.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project a console shows: the folder (a git repository, CodeCommit's stand-in), the pipeline file if
 * one was named (else the folder's implicit pipeline), and the store its executions live in. An execution
 * released from the page is started with the same setup {@code codestages run DIR} would use: HEAD, the
 * instance folder under the store, rollback on.
 */
public record ConsoleProject(Path folder, Path pipelineFile, Path storeDir) {

    public ConsoleProject {
        folder = folder.toAbsolutePath().normalize();
        pipelineFile = pipelineFile == null ? null : pipelineFile.toAbsolutePath().normalize();
        storeDir = storeDir.toAbsolutePath().normalize();
    }

    /** The project in {@code folder} with its store in {@code folder/.codestages}, as {@code run} keeps it. */
    public static ConsoleProject in(Path folder) {
        return new ConsoleProject(folder, null, folder.resolve(".codestages"));
    }

    public ExecutionStore store() {
        return new ExecutionStore(storeDir);
    }

    /** What "Release change" starts an execution with. */
    ExecutionSetup setup() {
        return new ExecutionSetup(folder, null, pipelineFile, storeDir.resolve("instance"), true, Map.of(), Map.of());
    }

    /** The pipeline as it is now in the project. */
    Pipeline pipeline() throws IOException {
        return ExecutionEngine.read(setup());
    }
}
