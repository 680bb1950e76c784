package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.YamlNode;

/** BS012: a section without a key that it requires (artifacts without files, a report group without files, ...). */
public final class MissingRequiredKeyRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS012", "required key is missing", Severity.ERROR,
            FileKind.BUILDSPEC,
            "Some sections cannot work without one key: 'artifacts' and each secondary artifact need 'files'"
                    + " (even when only secondary artifacts are used), each report group needs 'files', each"
                    + " batch task needs an 'identifier', and 'build-fanout' needs 'parallelism'.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    artifacts:
                      base-directory: target
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    artifacts:
                      base-directory: target
                      files:
                        - '**/*'
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ShapeViolation v : buildspec.violations(ShapeViolation.Kind.MISSING_KEY)) {
            if (!v.path().isEmpty()) { // version and phases have rules of their own
                context.report(keyOrNode(v), "'" + v.path() + "' has no '" + v.key()
                        + "'; it is required here", "add '" + v.key() + ":' with " + v.expected().describe());
            }
        }
    }

    /** The key that opens the section, where a reader looks, rather than its first child. */
    private static dev.codestages.yaml.YamlNode keyOrNode(ShapeViolation v) {
        return v.opener() != null ? v.opener() : v.node();
    }

}
