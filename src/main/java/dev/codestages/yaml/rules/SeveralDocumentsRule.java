package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML007: file holds more than one YAML document. */
public final class SeveralDocumentsRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML007", "file holds more than one YAML document", Severity.WARNING,
            FileKind.BUILDSPEC,
            "The AWS agents read only the first document of a file; everything after a second '---' line is"
                    + " silently ignored.",
            YamlDocPages.YAML_SPEC, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    ---
                    artifacts:
                      files:
                        - target/app.jar
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    artifacts:
                      files:
                        - target/app.jar
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
