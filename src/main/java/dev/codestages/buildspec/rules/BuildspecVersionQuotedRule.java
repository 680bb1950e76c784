package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.BuildspecSchema;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlScalar;

/** BS003: the version should be an unquoted number; batch builds reject a string. */
public final class BuildspecVersionQuotedRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS003", "version written as a string", Severity.WARNING,
            FileKind.BUILDSPEC,
            "CodeBuild reads 'version' as a number. A quoted \"0.2\" works in ordinary builds but fails every"
                    + " batch build with \"cannot unmarshal !!str `0.2` into float64\" (the AWS CDK writes it"
                    + " quoted, aws-cdk issue 29592). Write it unquoted so the file works both ways.",
            "https://github.com/aws/aws-cdk/issues/29592", """
                    version: "0.2"
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().has("batch")) {
            return; // BS004 reports it as an error there
        }
        YamlScalar v = buildspec.version().orElse(null);
        if (v != null && v.type() == ScalarType.STRING && BuildspecSchema.VERSIONS.contains(v.value())) {
            context.report(v, "version " + v.quoted() + " is a string; batch builds reject it",
                    "write it unquoted: version: " + v.value());
        }
    }
}
