/**
 * The CodePipeline model: {@link dev.codestages.pipeline.Pipeline}, its {@link dev.codestages.pipeline.Stage}s and {@link dev.codestages.pipeline.Action}s, every value a positioned {@link dev.codestages.pipeline.Value}; the catalogue of {@link dev.codestages.pipeline.ActionTypes}; the readers (API structure JSON/YAML, CloudFormation resource, the implicit pipeline of a project folder), which report problems as {@link dev.codestages.pipeline.ReadProblem}s and never throw on content; and {@link dev.codestages.pipeline.PipelineChecker}. Rules live in {@code pipeline.rules}; the diagram and the local runner read the same model. Depends on {@code yaml} and {@code lint}.
 */
package dev.codestages.pipeline;
