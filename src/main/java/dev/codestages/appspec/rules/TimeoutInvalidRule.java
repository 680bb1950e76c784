package dev.codestages.appspec.rules;

import dev.codestages.appspec.AgentTimeout;
import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.OptionalLong;

/** AS015: a hook timeout that is not a positive number of seconds. */
public final class TimeoutInvalidRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS015", "timeout is not a positive number of seconds",
            Severity.ERROR, FileKind.APPSPEC,
            "'timeout' is how many seconds a script may run (default 3600). The agent converts the value to a"
                    + " whole number; zero, a negative number, a fraction below one or a word gives zero or less"
                    + " and fails the deployment with \"an invalid timeout value was provided for a script\"."
                    + " A yes/no value makes the agent crash.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                          timeout: 0
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                          timeout: 300
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (Appspec.Script script : appspec.scripts()) {
            if (!(script.entry().get("timeout") instanceof YamlScalar timeout) || timeout.isNull()) {
                continue;
            }
            OptionalLong seconds = AgentTimeout.read(timeout);
            if (!AgentTimeout.isUsable(seconds)) {
                context.report(timeout, "timeout " + timeout.quoted() + " is not a positive number of seconds;"
                        + " the agent fails the deployment", "write the seconds the script may run, such as"
                        + " 'timeout: 300'");
            }
        }
    }
}
