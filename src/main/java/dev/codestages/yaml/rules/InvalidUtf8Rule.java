package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML005: file is not valid UTF-8. */
public final class InvalidUtf8Rule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML005", "file is not valid UTF-8", Severity.ERROR, FileKind.BUILDSPEC,
            "Spec files must be UTF-8 text. Bytes that are not valid UTF-8 (a Latin-1 'é', a UTF-16 file,"
                    + " a binary file) make the AWS agents fail to read the file.",
            YamlDocPages.YAML_SPEC, "version: 0.2\nphases:\n  build:\n    commands:\n      - echo caf\uDCE9\n", """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - echo café
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
