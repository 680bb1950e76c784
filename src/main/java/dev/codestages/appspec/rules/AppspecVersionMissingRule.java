package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** AS001: an AppSpec without 'version'. */
public final class AppspecVersionMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS001", "version is missing", Severity.ERROR, FileKind.APPSPEC,
            "Every AppSpec starts with 'version: 0.0', the only version CodeDeploy knows. Without it the agent"
                    + " fails the deployment with \"invalid version value ()\" (agent 2.x: \"missing field"
                    + " `version`\"), at BeforeInstall of the first deployment. The key is lower case: 'Version'"
                    + " is a different key and is ignored.",
            AppspecDocPages.VERSION, """
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.root().has("version")) {
            context.report(appspec.root(), "the appspec has no 'version'; CodeDeploy requires 'version: 0.0'",
                    "add 'version: 0.0' as the first line");
        }
    }
}
