package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML001: invalid YAML. */
public final class YamlSyntaxRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML001", "invalid YAML", Severity.ERROR, FileKind.BUILDSPEC,
            "The file cannot be parsed as YAML, so CodeBuild fails the build in DOWNLOAD_SOURCE"
                    + " (YAML_FILE_ERROR) and CodeDeploy fails the deployment. The most common cause is an"
                    + " unquoted ': ' inside a value, which YAML reads as the start of a mapping.",
            YamlDocPages.BUILDSPEC_REF, """
                    version: 0.2
                    phases:
                      build:
                        commands: echo Status: done
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands: "echo Status: done"
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
