/**
 * The pipeline rules ({@code PL###}), one small final class each, listed in the registry {@link dev.codestages.lint.Rules}. They read the model of {@code pipeline} and report through {@link dev.codestages.lint.RuleContext}; none reads YAML.
 */
package dev.codestages.pipeline.rules;
