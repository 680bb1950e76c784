package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML009: file exceeds a reading limit. */
public final class LimitExceededRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML009", "file exceeds a reading limit", Severity.ERROR,
            FileKind.BUILDSPEC,
            "Files over 4 MiB, with a line over 1 MiB, nested deeper than 64 levels, with more than 100 aliases"
                    + " or expanding to more than 200,000 nodes are not read: no real spec file comes near these"
                    + " limits, while 'billion laughs' files use them to exhaust memory and very long lines make"
                    + " the YAML reader slow.",
            YamlDocPages.YAML_SPEC, "version: 0.2\nphases: " + "[".repeat(70) + "]".repeat(70) + "\n", CLEAN_BUILDSPEC);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
