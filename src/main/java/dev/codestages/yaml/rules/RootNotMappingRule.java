package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML008: document is not a mapping. */
public final class RootNotMappingRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML008", "document is not a mapping", Severity.ERROR,
            FileKind.BUILDSPEC,
            "A buildspec, appspec or pipeline is a mapping of keys such as 'version'. A file whose top level is"
                    + " a list or a plain string is rejected.",
            YamlDocPages.BUILDSPEC_REF, """
                    - version: 0.2
                    - phases: {}
                    """, CLEAN_BUILDSPEC);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
