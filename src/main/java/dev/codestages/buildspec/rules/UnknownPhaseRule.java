package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.BuildspecSchema;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;

/** BS006: under 'phases' only install, pre_build, build and post_build are allowed, and CodeBuild fails on anything else. */
public final class UnknownPhaseRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS006", "unknown phase name", Severity.ERROR, FileKind.BUILDSPEC,
            "Unlike other unknown keys, which CodeBuild ignores, an unknown key under 'phases' fails the build:"
                    + " \"Invalid buildspec phase name: prebuild. Expecting: build,install,post_build,pre_build\"."
                    + " Phase names use an underscore and are lower case. A key such as 'artifacts' indented under"
                    + " 'phases' fails the same way.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      prebuild:
                        commands:
                          - npm ci
                    """, """
                    version: 0.2
                    phases:
                      pre_build:
                        commands:
                          - npm ci
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ShapeViolation v : buildspec.violations(ShapeViolation.Kind.UNKNOWN_KEY)) {
            if (isUnknownPhase(v)) {
                context.report(v.node(), "unknown phase '" + v.key() + "'; CodeBuild expects "
                        + String.join(", ", BuildspecSchema.PHASES), hint(v.key()));
            }
        }
    }

    /** True for an unknown key directly under {@code phases}. */
    private static boolean isUnknownPhase(ShapeViolation v) {
        String path = v.schemaPath();
        return path.length() == "phases.".length() + v.key().length() && path.startsWith("phases.")
                && path.endsWith(v.key());
    }

    private static String hint(String key) {
        String suggestion = DidYouMean.hint(key, BuildspecSchema.PHASES);
        if (suggestion != null) {
            return suggestion;
        }
        if (BuildspecSchema.ROOT.fields().containsKey(key)) {
            return "'" + key + "' is a top-level key: move it to column 1, out of 'phases'";
        }
        return null;
    }
}
