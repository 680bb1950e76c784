package dev.codestages.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an execution was started with, kept in its state so that {@code approve} and {@code reject} continue
 * it exactly as {@code run} began it: the git repository that stands for CodeCommit and the revision asked
 * for (null for the configured branch or HEAD), the pipeline definition (null: the repository's implicit
 * pipeline), the folder the deployment groups' instance folders go under, the pipeline-level variable values
 * given with {@code --variable}, the {@code --stub} stand-ins ({@code Stage/Action} to {@code succeed} or
 * {@code fail}), the options of the deploy and invoke players, and the local stand-ins for repositories,
 * sources and the build time limit ({@link LocalInputs}). Secret values are never part of it.
 */
public record ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target,
                             Map<String, String> variables, Map<String, String> stubs, ActionOptions options,
                             LocalInputs inputs) {

    public ExecutionSetup {
        variables = Map.copyOf(variables);
        stubs = Map.copyOf(stubs);
        options = options == null ? ActionOptions.NONE : options;
        inputs = inputs == null ? LocalInputs.NONE : inputs;
    }

    /** A setup whose every source is the project and whose builds keep their projects' time limits. */
    public ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target,
                          Map<String, String> variables, Map<String, String> stubs, ActionOptions options) {
        this(repository, revision, pipelineFile, target, variables, stubs, options, LocalInputs.NONE);
    }

    /** A setup with no player options but automatic rollback forced on ({@code rollback} true) or left to the group. */
    public ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target, boolean rollback,
                          Map<String, String> variables, Map<String, String> stubs) {
        this(repository, revision, pipelineFile, target, variables, stubs,
                ActionOptions.NONE.withRollback(rollback ? Boolean.TRUE : null), LocalInputs.NONE);
    }

    /** A setup with local stand-ins, and automatic rollback forced on ({@code rollback} true) or left to the group. */
    public ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target, boolean rollback,
                          Map<String, String> variables, Map<String, String> stubs, LocalInputs inputs) {
        this(repository, revision, pipelineFile, target, variables, stubs,
                ActionOptions.NONE.withRollback(rollback ? Boolean.TRUE : null), inputs);
    }

    /**
     * What {@code codestages run DIR} starts with when given no option: the project's configured branches,
     * instance folders under {@code <store>/instances}, each group's own rollback setting. The console and the
     * AWS API start executions so.
     */
    public static ExecutionSetup forProject(Path folder, Path pipelineFile, Path storeDir) {
        return new ExecutionSetup(folder, null, pipelineFile, storeDir.resolve("instances"), Map.of(), Map.of(),
                ActionOptions.NONE);
    }

    /** Where the pipeline is read from: the definition file, else the repository folder. */
    public Path pipelineSource() {
        return pipelineFile != null ? pipelineFile : repository;
    }
}
