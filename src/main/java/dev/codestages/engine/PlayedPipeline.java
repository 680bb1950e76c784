package dev.codestages.engine;

import dev.codestages.codedeploy.GroupTemplate;
import dev.codestages.pipeline.Origin;
import dev.codestages.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pipeline an execution plays, read once when the execution starts (or a decision, retry or transition
 * continues it), and the deployment groups of the CloudFormation template it was read from, read at most once
 * per execution, when a CodeDeploy action first asks ({@link GroupTemplate}). A pipeline that is not defined in a
 * template (a pipeline structure file, a project folder) has no template groups, and its file is not read again.
 */
final class PlayedPipeline {

    private final Pipeline model;
    private final Path file;
    private Optional<GroupTemplate> groups;

    /** @param file the definition {@code model} was read from; null for a project folder's implicit pipeline */
    PlayedPipeline(Pipeline model, Path file) {
        this.model = model;
        this.file = file;
    }

    Pipeline model() {
        return model;
    }

    /** The template's deployment groups; empty when the pipeline is not from a template that declares any. */
    synchronized Optional<GroupTemplate> groupTemplate() {
        if (groups == null) {
            groups = file != null && model.origin().format() == Origin.Format.CLOUDFORMATION ? GroupTemplate.read(file)
                    : Optional.empty();
        }
        return groups;
    }
}
