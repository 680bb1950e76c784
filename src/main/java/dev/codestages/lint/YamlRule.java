package dev.codestages.lint;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlProblem;
import java.util.List;

/**
 * A rule whose findings come from reading the file ({@code YAML###}): the loader records the problem
 * with this rule's id, the rule carries its documentation and severity. The {@link Linter} reports
 * these before it knows the file's format, through {@link YamlRules#toFinding}.
 */
public final class YamlRule extends ProblemRule<LoadedYaml> {

    private final RuleInfo info;

    YamlRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    protected List<YamlProblem> problems(LoadedYaml yaml) {
        return yaml.problems();
    }
}
