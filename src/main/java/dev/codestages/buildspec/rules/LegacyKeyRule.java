package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BS013: keys of version 0.1 in a 0.2 buildspec, which CodeBuild ignores there. */
public final class LegacyKeyRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS013", "version 0.1 key in a 0.2 buildspec", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Version 0.2 renamed 'environment_variables' / 'plaintext' to 'env' / 'variables' and dropped"
                    + " 'artifacts.type'. In a 0.2 buildspec CodeBuild ignores the old keys, so the variables"
                    + " are never set.",
            Docs.REFERENCE, """
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
        buildspec.root().entry("environment_variables").ifPresent(e -> context.report(e.key(),
                "'environment_variables' is a version 0.1 key; CodeBuild ignores it in version 0.2",
                "write 'env:' with 'variables:' instead of 'plaintext:'"));
        buildspec.root().mapping("artifacts").flatMap(a -> a.entry("type")).ifPresent(e -> context.report(e.key(),
                "'artifacts.type' is a version 0.1 key; CodeBuild ignores it in version 0.2",
                "remove it: the packaging is set on the CodeBuild project"));
    }
}
