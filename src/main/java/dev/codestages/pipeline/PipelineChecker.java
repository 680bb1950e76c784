package dev.codestages.pipeline;

import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.ModelRule;
import dev.codestages.lint.ModelRuleSet;
import dev.codestages.lint.Rule;
import dev.codestages.lint.SpecChecker;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/**
 * Reads a pipeline definition (API structure or CloudFormation template) and runs the pipeline rules the
 * registry gives it.
 */
public final class PipelineChecker implements SpecChecker {

    private final ModelRuleSet<PipelineDocument> rules;

    public PipelineChecker(List<? extends ModelRule<PipelineDocument>> rules) {
        this.rules = new ModelRuleSet<>(rules);
    }

    @Override
    public List<? extends Rule> rules() {
        return rules.rules();
    }

    @Override
    public void check(YamlMapping root, FindingCollector out) {
        check(PipelineReaders.read(root, out.file()), out);
    }

    /** Runs every rule over a document already read, such as an {@link ImplicitPipelineReader implicit pipeline}. */
    public void check(PipelineDocument document, FindingCollector out) {
        rules.check(document, out);
    }
}
