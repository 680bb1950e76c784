package dev.codestages.lint;

/**
 * A rule that inspects a format's model ({@code Buildspec}, {@code Appspec}, {@code PipelineDocument}):
 * it reads the model and reports through the context. Problems the model already found while reading
 * are reported by a {@link ProblemRule}, not by a model rule of its own.
 *
 * @param <M> the model the rule reads
 */
public interface ModelRule<M> extends Rule {

    void check(M model, RuleContext context);
}
