package dev.codestages.buildspec;

import dev.codestages.buildspec.rules.BuildspecRules;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.SpecChecker;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** Runs every buildspec rule over a buildspec. */
public final class BuildspecChecker implements SpecChecker {

    private final List<BuildspecRule> rules = BuildspecRules.all();
    private final List<RuleInfo> infos = Rule.infos(rules);

    @Override
    public List<BuildspecRule> rules() {
        return rules;
    }

    @Override
    public void check(YamlMapping root, FindingCollector out) {
        Buildspec buildspec = new Buildspec(root);
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).check(buildspec, out.forRule(infos.get(i)));
        }
    }
}
