package dev.codestages.yaml.rules;

import dev.codestages.lint.ProblemRule;
import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlProblem;
import java.util.List;

/**
 * A {@code YAML###} rule: its findings are the problems the YAML loader recorded with its id, reported
 * before the file's format is known. The same shape as a format's problem rules (the pipeline readers'
 * {@code ReadProblemRule}), with the loaded file as the model.
 */
public abstract class YamlProblemRule extends ProblemRule<LoadedYaml> {

    /** The good example of a rule whose bad example is a plain buildspec with one reading problem. */
    static final String CLEAN_BUILDSPEC = """
            version: 0.2
            phases:
              build:
                commands:
                  - make
            """;

    @Override
    protected final List<YamlProblem> problems(LoadedYaml yaml) {
        return yaml.problems();
    }
}
