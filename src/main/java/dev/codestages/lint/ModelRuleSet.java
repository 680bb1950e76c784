package dev.codestages.lint;

import java.util.List;

/**
 * The rules of one format, run over one model per file: each rule reports through a context bound to
 * its id, then the findings of rules that step aside ({@link Rule#defersTo()}) are dropped where the
 * rule they defer to reported the same place. Every checker runs its rules through one of these.
 *
 * @param <M> the model the rules read
 */
public final class ModelRuleSet<M> {

    private final List<? extends ModelRule<M>> rules;
    // The rules and their documentation as arrays for the loop that runs once per rule per file: a cold
    // JVM's first-tier code calls List.get through an interface dispatch each time. The documentation is
    // asked once: a call to each rule's own info() per file is one more method for a cold JVM to compile.
    private final ModelRule<M>[] each;
    private final RuleInfo[] infos;
    private final StepAside stepAside;

    @SuppressWarnings("unchecked") // an array of the rules' erased type holds only the rules given
    public ModelRuleSet(List<? extends ModelRule<M>> rules) {
        this.rules = List.copyOf(rules);
        this.each = this.rules.toArray(ModelRule[]::new);
        this.infos = Rule.infos(rules).toArray(RuleInfo[]::new);
        this.stepAside = StepAside.of(rules);
    }

    public List<? extends ModelRule<M>> rules() {
        return rules;
    }

    /** Runs every rule over {@code model}; the findings go to {@code out}. */
    public void check(M model, FindingCollector out) {
        int first = out.findings().size();
        for (int i = 0; i < each.length; i++) {
            each[i].check(model, out.forRule(infos[i]));
        }
        stepAside.apply(out.findings(), first);
    }
}
