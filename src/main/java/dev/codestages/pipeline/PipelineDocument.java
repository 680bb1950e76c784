package dev.codestages.pipeline;

import java.util.List;

/**
 * What a reader made of one file (or, for an implicit pipeline, one folder): the pipelines in it (a
 * CloudFormation template may hold several, an API document one) and the problems met on the way.
 * A document with problems may still hold pipelines: readers keep whatever they could read.
 */
public record PipelineDocument(String file, List<Pipeline> pipelines, List<ReadProblem> problems) {

    public PipelineDocument {
        pipelines = List.copyOf(pipelines);
        problems = List.copyOf(problems);
    }
}
