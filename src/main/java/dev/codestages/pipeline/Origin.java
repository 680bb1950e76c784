package dev.codestages.pipeline;

/**
 * Where a pipeline was read from.
 *
 * @param format   which kind of definition it was
 * @param file     the file (or, for an implicit pipeline, the folder) as the user named it
 * @param resource for a CloudFormation template, the logical id of the pipeline resource; empty otherwise
 */
public record Origin(Format format, String file, String resource) {

    /** The kinds of definition a pipeline can be read from. */
    public enum Format {
        /**
         * The CodePipeline API structure in JSON or YAML: what {@code aws codepipeline get-pipeline}
         * prints and what {@code create-pipeline}/{@code update-pipeline} take (camelCase keys).
         */
        STRUCTURE,
        /** An {@code AWS::CodePipeline::Pipeline} resource of a CloudFormation template (PascalCase keys). */
        CLOUDFORMATION,
        /** Inferred from a project folder: its git branch, buildspec.yml and appspec.yml. */
        IMPLICIT
    }
}
