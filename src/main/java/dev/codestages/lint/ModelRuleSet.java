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
    // The documentation of each rule, asked once: a call to each rule's own info() per file is one more
    // method per rule for a cold JVM to run and compile.
    private final List<RuleInfo> infos;
    private final StepAside stepAside;

    public ModelRuleSet(List<? extends ModelRule<M>> rules) {
        this.rules = List.copyOf(rules);
        this.infos = Rule.infos(rules);
        this.stepAside = StepAside.of(rules);
    }

    public List<? extends ModelRule<M>> rules() {
        return rules;
    }

    /** Runs every rule over {@code model}; the findings go to {@code out}. */
    public void check(M model, FindingCollector out) {
        int first = out.findings().size();
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).check(model, out.forRule(infos.get(i)));
        }
        stepAside.apply(out.findings(), first);
    }
}
