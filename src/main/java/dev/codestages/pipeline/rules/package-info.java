/**
 * The pipeline rules ({@code PL###}), one small final class each, listed in {@link dev.codestages.pipeline.rules.PipelineRules}. They read the model of {@code pipeline} and report through {@link dev.codestages.lint.RuleContext}; none reads YAML.
 */
package dev.codestages.pipeline.rules;
