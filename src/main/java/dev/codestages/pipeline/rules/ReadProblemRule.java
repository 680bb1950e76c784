package dev.codestages.pipeline.rules;

import dev.codestages.lint.ProblemRule;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.ReadProblem;
import java.util.List;

/** A pipeline rule whose findings are the reader's problems of its id: the reader finds them, the rule documents them. */
abstract class ReadProblemRule extends ProblemRule<PipelineDocument> implements PipelineRule {

    @Override
    protected final List<ReadProblem> problems(PipelineDocument document) {
        return document.problems();
    }
}
