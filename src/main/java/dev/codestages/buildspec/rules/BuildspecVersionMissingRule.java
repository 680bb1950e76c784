package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;

/** BS001: a buildspec must say which version of the format it uses. */
public final class BuildspecVersionMissingRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS001", "buildspec has no version", Severity.ERROR,
            FileKind.BUILDSPEC,
            "'version' is required at the top level. Without it CodeBuild cannot tell how to read the file and"
                    + " fails the build in DOWNLOAD_SOURCE with YAML_FILE_ERROR. Use 0.2: 0.1 runs every"
                    + " command in a fresh shell.",
            BuildspecDocPages.REFERENCE, """
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
        if (!buildspec.root().has("version")) {
            context.report(Position.START, "buildspec has no 'version' key", "add 'version: 0.2' as the first line");
        }
    }
}
