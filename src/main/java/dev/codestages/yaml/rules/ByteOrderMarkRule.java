package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML004: file starts with a byte order mark. */
public final class ByteOrderMarkRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML004", "file starts with a byte order mark", Severity.WARNING,
            FileKind.BUILDSPEC,
            "A UTF-8 byte order mark is invisible in most editors. Some YAML readers take it as part of the"
                    + " first key, so 'version' is not found.",
            YamlDocPages.YAML_SPEC, "\uFEFFversion: 0.2\nphases:\n  build:\n    commands:\n      - make\n",
            CLEAN_BUILDSPEC);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
