package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML010: file has Windows (CRLF) line endings. */
public final class CrlfLineEndingsRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML010", "file has Windows (CRLF) line endings", Severity.INFO,
            FileKind.BUILDSPEC,
            "YAML readers accept CRLF line endings, but files copied from Windows often carry them into hook"
                    + " scripts too, where '/bin/bash^M: bad interpreter' fails the deployment.",
            YamlDocPages.YAML_SPEC, "version: 0.2\r\nphases:\r\n  build:\r\n    commands:\r\n      - make\r\n",
            CLEAN_BUILDSPEC);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
