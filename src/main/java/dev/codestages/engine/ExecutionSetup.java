package dev.codestages.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an execution was started with, kept in its state so that {@code approve} and {@code reject} continue
 * it exactly as {@code run} began it: the git repository that stands for CodeCommit and the revision asked
 * for (null for the configured branch or HEAD), the pipeline definition (null: the repository's implicit
 * pipeline), the instance folder deployments go to, whether a failed deployment rolls back, the
 * pipeline-level variable values given with {@code --variable}, and the {@code --stub} stand-ins
 * ({@code Stage/Action} to {@code succeed} or {@code fail}), and the local stand-ins for repositories,
 * sources and the build time limit ({@link LocalInputs}). Secret values are never part of it.
 */
public record ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target, boolean rollback,
                             Map<String, String> variables, Map<String, String> stubs, LocalInputs inputs) {

    public ExecutionSetup {
        variables = Map.copyOf(variables);
        stubs = Map.copyOf(stubs);
        inputs = inputs == null ? LocalInputs.NONE : inputs;
    }

    /** A setup whose every source is the project and whose builds keep their projects' time limits. */
    public ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target, boolean rollback,
                          Map<String, String> variables, Map<String, String> stubs) {
        this(repository, revision, pipelineFile, target, rollback, variables, stubs, LocalInputs.NONE);
    }

    /** Where the pipeline is read from: the definition file, else the repository folder. */
    public Path pipelineSource() {
        return pipelineFile != null ? pipelineFile : repository;
    }
}
