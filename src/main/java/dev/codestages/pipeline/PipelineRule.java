package dev.codestages.pipeline;

import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleContext;

/**
 * A rule over a pipeline definition ({@code PL###}). It gets the whole document, so that it can report
 * the reader's problems or look at every pipeline of a template; most rules just loop over
 * {@link PipelineDocument#pipelines()}.
 */
public interface PipelineRule extends Rule {

    void check(PipelineDocument document, RuleContext context);
}
