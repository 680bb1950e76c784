package dev.codestages.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an execution was started with, kept in its state so that {@code approve} and {@code reject} continue
 * it exactly as {@code run} began it: the git repository that stands for CodeCommit and the revision asked
 * for (null for the configured branch or HEAD), the pipeline definition (null: the repository's implicit
 * pipeline), the folder the deployment groups' instance folders go under, the pipeline-level variable values
 * given with {@code --variable}, the {@code --stub} stand-ins ({@code Stage/Action} to {@code succeed} or
 * {@code fail}), and the options of the deploy and invoke players. Secret values are never part of it.
 */
public record ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target,
                             Map<String, String> variables, Map<String, String> stubs, ActionOptions options) {

    public ExecutionSetup {
        variables = Map.copyOf(variables);
        stubs = Map.copyOf(stubs);
        options = options == null ? ActionOptions.NONE : options;
    }

    /** A setup with no player options but automatic rollback forced on ({@code rollback} true) or left to the group. */
    public ExecutionSetup(Path repository, String revision, Path pipelineFile, Path target, boolean rollback,
                          Map<String, String> variables, Map<String, String> stubs) {
        this(repository, revision, pipelineFile, target, variables, stubs,
                ActionOptions.NONE.withRollback(rollback ? Boolean.TRUE : null));
    }

    /** Where the pipeline is read from: the definition file, else the repository folder. */
    public Path pipelineSource() {
        return pipelineFile != null ? pipelineFile : repository;
    }
}
