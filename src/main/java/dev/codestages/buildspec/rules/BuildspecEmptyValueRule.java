package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;

/** BS011: a key with no value where one is expected. */
public final class BuildspecEmptyValueRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS011", "key has no value", Severity.WARNING, FileKind.BUILDSPEC,
            "A key followed by nothing is null in YAML. CodeBuild treats the section as absent, so whatever was"
                    + " meant to be there does not happen. Often the content below it is not indented far enough.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    artifacts:
                      files:
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

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ShapeViolation v : buildspec.violations(ShapeViolation.Kind.EMPTY_VALUE)) {
            if (!v.path().equals("phases") && !v.path().equals("version")) {
                context.report(v.node(), "'" + v.path() + "' has no value; expected " + v.expected().describe(),
                        "give it a value, or indent the lines below it under it");
            }
        }
    }
}
