package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.BuildspecSchema;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;

/** BS002: the version must be 0.1 or 0.2. */
public final class BuildspecVersionValueRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS002", "unsupported buildspec version", Severity.ERROR,
            FileKind.BUILDSPEC,
            "CodeBuild knows buildspec versions 0.1 and 0.2 only. Anything else fails the build with"
                    + " \"invalid buildspec `version` specified\". 0.2 is the current version.",
            BuildspecDocPages.REFERENCE, """
                    version: 1.0
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
        YamlNode version = buildspec.root().get("version");
        if (version == null) {
            return;
        }
        if (!(version instanceof YamlScalar scalar) || scalar.isNull()) {
            context.report(version, "'version' must be 0.1 or 0.2, found " + version.describe(), "write 'version: 0.2'");
            return;
        }
        String value = scalar.value().trim();
        if (!BuildspecSchema.VERSIONS.contains(value)) {
            context.report(version, "unsupported buildspec version " + scalar.quoted() + "; CodeBuild accepts 0.1 and 0.2",
                    "write 'version: 0.2'");
        }
    }
}
