package dev.codestages.lint;

import dev.codestages.yaml.ReadingProblem;
import java.util.List;

/**
 * A rule whose findings are the problems a reader recorded with this rule's id: the reader finds the
 * problem and writes the message, the rule holds the documentation and the severity. This is the one way
 * a recorded reading problem becomes a finding; a format says only where its model keeps the problems
 * ({@link #problems}): the YAML loader's {@code LoadedYaml} (the {@code yaml.rules}), a pipeline reader's
 * {@code PipelineDocument}. The buildspec and appspec models record no problem lists: their rules read the
 * model's shape violations and values as plain model rules (and a buildspec part the runner refuses gives
 * the runner the same message, {@code BuildspecProblem}).
 *
 * @param <M> the model the problems are read from
 */
public abstract class ProblemRule<M> implements ModelRule<M> {

    /** Every problem the reader recorded in {@code model}, of any rule. */
    protected abstract List<? extends ReadingProblem> problems(M model);

    @Override
    public final void check(M model, RuleContext context) {
        report(problems(model), context);
    }

    /** Reports, in their order, the problems among {@code problems} whose rule is the context's. */
    private static void report(List<? extends ReadingProblem> problems, RuleContext context) {
        String id = context.ruleId();
        for (int i = 0; i < problems.size(); i++) {
            ReadingProblem problem = problems.get(i);
            if (problem.ruleId().equals(id)) {
                context.report(problem.at(), problem.message(), problem.hint());
            }
        }
    }
}
