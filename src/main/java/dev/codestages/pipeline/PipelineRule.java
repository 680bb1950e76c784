package dev.codestages.pipeline;

import dev.codestages.lint.ModelRule;

/**
 * A rule over a pipeline definition ({@code PL###}). It gets the whole document, so that it can look at
 * every pipeline of a template; most rules just loop over {@link PipelineDocument#pipelines()}. The
 * reader's problems are reported by the {@code ProblemRule}s of their ids.
 */
public interface PipelineRule extends ModelRule<PipelineDocument> {
}
