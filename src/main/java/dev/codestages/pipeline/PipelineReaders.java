package dev.codestages.pipeline;

import dev.codestages.yaml.YamlMapping;

/**
 * Reads a pipeline definition whatever its format: a CloudFormation template when the root has
 * {@code Resources} or {@code AWSTemplateFormatVersion}, otherwise the CodePipeline API structure.
 * For a project folder without a definition, see {@link ImplicitPipelineReader}.
 */
public final class PipelineReaders {

    private PipelineReaders() {
    }

    /**
     * Reads the pipelines of a loaded file.
     *
     * @param root the file's root mapping (from {@code YamlLoader})
     * @param file the file as the user named it, kept in each pipeline's {@link Origin}
     */
    public static PipelineDocument read(YamlMapping root, String file) {
        return CloudFormationReader.accepts(root) ? CloudFormationReader.read(root, file)
                : PipelineStructureReader.read(root, file);
    }
}
