package dev.codestages.pipeline;

import java.util.List;

/**
 * What a reader made of one file (or, for an implicit pipeline, one folder): the pipelines in it (a
 * CloudFormation template may hold several, an API document one) and the problems met on the way.
 * A document with problems may still hold pipelines: readers keep whatever they could read. A template
 * also carries the CodeDeploy resources beside its pipelines ({@link CodeDeployResources#NONE} elsewhere).
 */
public record PipelineDocument(String file, List<Pipeline> pipelines, List<ReadProblem> problems,
                               CodeDeployResources codeDeploy) {

    public PipelineDocument {
        pipelines = List.copyOf(pipelines);
        problems = List.copyOf(problems);
        codeDeploy = codeDeploy == null ? CodeDeployResources.NONE : codeDeploy;
    }

    /** A document without CodeDeploy resources. */
    public PipelineDocument(String file, List<Pipeline> pipelines, List<ReadProblem> problems) {
        this(file, pipelines, problems, CodeDeployResources.NONE);
    }
}
