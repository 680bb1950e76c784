package dev.codestages.buildspec;

import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.ModelRule;
import dev.codestages.lint.ModelRuleSet;
import dev.codestages.lint.Rule;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.SpecChecker;
import dev.codestages.lint.SpecFile;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** Reads a buildspec into its model and runs the buildspec rules the registry gives it. */
public final class BuildspecChecker implements SpecChecker {

    private final ModelRuleSet<Buildspec> rules;

    public BuildspecChecker(List<? extends ModelRule<Buildspec>> rules) {
        this.rules = new ModelRuleSet<>(rules);
    }

    @Override
    public List<? extends Rule> rules() {
        return rules.rules();
    }

    @Override
    public void check(YamlMapping root, FindingCollector out) {
        rules.check(new Buildspec(root), out);
    }

    @Override
    public Buildspec check(SpecFile file, YamlMapping root, LintOptions options, FindingCollector out) {
        Buildspec buildspec = new Buildspec(root);
        rules.check(buildspec, out);
        return buildspec;
    }
}
