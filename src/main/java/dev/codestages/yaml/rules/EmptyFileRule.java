package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML006: file is empty. */
public final class EmptyFileRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML006", "file is empty", Severity.ERROR, FileKind.BUILDSPEC,
            "An empty spec file (or one with only comments) has no document. CodeBuild fails with 'wrong"
                    + " number of container tags, expected 1'.",
            YamlDocPages.BUILDSPEC_REF, "# nothing here yet\n", CLEAN_BUILDSPEC);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
