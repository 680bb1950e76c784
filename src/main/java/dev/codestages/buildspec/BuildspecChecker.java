package dev.codestages.buildspec;

import dev.codestages.buildspec.rules.BuildspecRules;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.SpecChecker;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** Runs every buildspec rule over a buildspec. */
public final class BuildspecChecker implements SpecChecker {

    private final List<BuildspecRule> rules = BuildspecRules.all();

    @Override
    public FileKind kind() {
        return FileKind.BUILDSPEC;
    }

    @Override
    public List<BuildspecRule> rules() {
        return rules;
    }

    @Override
    public void check(YamlMapping root, FindingCollector out) {
        Buildspec buildspec = new Buildspec(root);
        for (BuildspecRule rule : rules) {
            rule.check(buildspec, out.forRule(rule));
        }
    }
}
