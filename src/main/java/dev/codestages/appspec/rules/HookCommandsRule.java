package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;

/** AS008: 'commands' in a hook script entry, which CodeDeploy ignores. */
public final class HookCommandsRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS008", "'commands' in a hook is ignored", Severity.WARNING,
            FileKind.APPSPEC,
            "A hook entry runs one script file from the bundle, named by 'location'. Unlike a buildspec, an"
                    + " AppSpec has no 'commands': the agent ignores them, so the commands never run and the"
                    + " deployment reports success anyway.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                          commands:
                            - systemctl restart nginx
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (ShapeViolation v : appspec.violations(ShapeViolation.Kind.UNKNOWN_KEY)) {
            if (v.schemaPath().equals("hooks.*[].commands")) {
                context.report(v.node(), "'commands' is not an AppSpec key; CodeDeploy ignores these"
                        + " commands and runs only the script at 'location'",
                        "put the commands in the script that 'location' names");
            }
        }
    }
}
