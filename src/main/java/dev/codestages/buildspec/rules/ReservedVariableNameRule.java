package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.util.Set;

/** BS020: a variable whose name starts with the reserved prefix {@code CODEBUILD_}. */
public final class ReservedVariableNameRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS020", "variable name uses the reserved CODEBUILD_ prefix",
            Severity.ERROR, FileKind.BUILDSPEC,
            "CodeBuild reserves every environment variable name that starts with CODEBUILD_ for itself (the build"
                    + " id, source version, source directory and internal settings of the agent). The buildspec"
                    + " reference says not to set such a name in 'variables', 'parameter-store' or"
                    + " 'secrets-manager': the build would run with a value CodeBuild did not set, or overwrite"
                    + " one the agent relies on. Choose a name of your own. The two exceptions are the switches"
                    + " CodeBuild documents for you to set, CODEBUILD_CONFIG_AUTO_DISCOVER and"
                    + " CODEBUILD_CONFIG_AUTO_DISCOVER_DIR (report auto-discovery, see"
                    + " https://docs.aws.amazon.com/codebuild/latest/userguide/report-auto-discover.html).",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      variables:
                        CODEBUILD_SRC_DIR: /app
                    phases:
                      build:
                        commands:
                          - make -C "$CODEBUILD_SRC_DIR"
                    """, """
                    version: 0.2
                    env:
                      variables:
                        APP_DIR: /app
                    phases:
                      build:
                        commands:
                          - make -C "$APP_DIR"
                    """);

    static final String PREFIX = "CODEBUILD_";

    /** Names under the prefix that CodeBuild documents as settings for the user to set. */
    private static final Set<String> SETTINGS = Set.of("CODEBUILD_CONFIG_AUTO_DISCOVER",
            "CODEBUILD_CONFIG_AUTO_DISCOVER_DIR");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (BuildEnvironment.Variable d : buildspec.environment().definitions()) {
            if (d.name().startsWith(PREFIX) && !SETTINGS.contains(d.name())) {
                context.report(d.key(), "variable '" + d.name() + "' in '" + d.where()
                        + "' uses the prefix 'CODEBUILD_', which CodeBuild reserves for its own variables",
                        "rename it, for example to '" + rename(d.name()) + "'");
            }
        }
    }

    private static String rename(String name) {
        String rest = name.substring(PREFIX.length());
        return rest.isEmpty() ? "BUILD_VALUE" : "BUILD_" + rest;
    }
}
