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

/** BS004: a batch buildspec with a quoted version fails every batch build. */
public final class VersionQuotedInBatchRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS004", "quoted version in a batch buildspec", Severity.ERROR,
            FileKind.BUILDSPEC,
            "Batch builds decode 'version' into a number and fail with \"cannot unmarshal !!str `0.2` into"
                    + " float64\" when it is quoted. This file has a 'batch' section, so it is meant for batch"
                    + " builds.",
            "https://github.com/aws/aws-cdk/issues/29592", """
                    version: '0.2'
                    batch:
                      build-list:
                        - identifier: linux
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: linux
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
        if (!buildspec.root().has("batch")) {
            return;
        }
        if (buildspec.root().get("version") instanceof YamlScalar v && !v.isNull()
                && v.type() == ScalarType.STRING && BuildspecSchema.VERSIONS.contains(v.value())) {
            context.report(v, "version " + v.quoted()
                            + " is a string; batch builds fail with \"cannot unmarshal !!str into float64\"",
                    "write it unquoted: version: " + v.value());
        }
    }
}
