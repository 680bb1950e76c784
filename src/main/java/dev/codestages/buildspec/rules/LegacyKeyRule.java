package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;

/** BS013: keys of version 0.1 in a 0.2 buildspec, which CodeBuild ignores there. */
public final class LegacyKeyRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS013", "version 0.1 key in a 0.2 buildspec", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Version 0.2 renamed 'environment_variables' / 'plaintext' to 'env' / 'variables' and dropped"
                    + " 'artifacts.type'. In a 0.2 buildspec CodeBuild ignores the old keys, so the variables"
                    + " are never set.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    environment_variables:
                      plaintext:
                        STAGE: prod
                    phases:
                      build:
                        commands:
                          - make STAGE=$STAGE
                    """, """
                    version: 0.2
                    env:
                      variables:
                        STAGE: prod
                    phases:
                      build:
                        commands:
                          - make STAGE=$STAGE
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.isVersion01()) {
            return;
        }
        YamlEntry variables = buildspec.root().entry("environment_variables").orElse(null);
        if (variables != null) {
            context.report(variables.key(),
                    "'environment_variables' is a version 0.1 key; CodeBuild ignores it in version 0.2",
                    "write 'env:' with 'variables:' instead of 'plaintext:'");
        }
        if (buildspec.root().get("artifacts") instanceof YamlMapping artifacts) {
            YamlEntry type = artifacts.entry("type").orElse(null);
            if (type != null) {
                context.report(type.key(), "'artifacts.type' is a version 0.1 key; CodeBuild ignores it in version 0.2",
                        "remove it: the packaging is set on the CodeBuild project");
            }
        }
    }
}
