package dev.codestages.lint;

import dev.codestages.yaml.ReadingProblem;
import java.util.List;

/**
 * A rule whose findings are the problems a reader recorded with this rule's id: the reader finds the
 * problem and writes the message, the rule holds the documentation and the severity. This is the one way
 * a reading problem becomes a finding, for YAML, buildspec, appspec, bundle and pipeline alike; a format
 * says only where its model keeps the problems ({@link #problems}).
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
    public static void report(List<? extends ReadingProblem> problems, RuleContext context) {
        String id = context.ruleId();
        for (int i = 0; i < problems.size(); i++) {
            ReadingProblem problem = problems.get(i);
            if (problem.ruleId().equals(id)) {
                context.report(problem.at(), problem.message(), problem.hint());
            }
        }
    }

    /** The finding of a problem, for readers that run before any model (the YAML loader). */
    public static Finding finding(RuleInfo rule, ReadingProblem problem, String file) {
        return new Finding(rule.id(), rule.severity(), file, problem.at(), problem.message(), problem.hint());
    }
}
