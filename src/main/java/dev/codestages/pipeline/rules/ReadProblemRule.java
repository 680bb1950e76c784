package dev.codestages.pipeline.rules;

import dev.codestages.lint.RuleContext;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.ReadProblem;

/** A rule whose findings are the problems a reader met of one kind: the reader finds them, the rule documents them. */
abstract class ReadProblemRule implements PipelineRule {

    abstract ReadProblem.Kind kind();

    @Override
    public final void check(PipelineDocument document, RuleContext context) {
        for (ReadProblem problem : document.problems()) {
            if (problem.kind() == kind()) {
                context.report(problem.at(), problem.message(), problem.hint());
            }
        }
    }
}
