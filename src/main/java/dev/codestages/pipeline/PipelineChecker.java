package dev.codestages.pipeline;

import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.SpecChecker;
import dev.codestages.pipeline.rules.PipelineRules;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** Reads a pipeline definition (API structure or CloudFormation template) and runs every pipeline rule over it. */
public final class PipelineChecker implements SpecChecker {

    private final List<PipelineRule> rules = PipelineRules.all();
    private final List<RuleInfo> infos = Rule.infos(rules);

    @Override
    public List<PipelineRule> rules() {
        return rules;
    }

    @Override
    public void check(YamlMapping root, FindingCollector out) {
        check(PipelineReaders.read(root, out.file()), out);
    }

    /** Runs every rule over a document already read, such as an {@link ImplicitPipelineReader implicit pipeline}. */
    public void check(PipelineDocument document, FindingCollector out) {
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).check(document, out.forRule(infos.get(i)));
        }
    }
}
