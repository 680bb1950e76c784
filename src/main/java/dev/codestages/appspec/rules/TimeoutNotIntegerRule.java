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

/** AS016: a timeout the Ruby agent reads but agent 2.x rejects. */
public final class TimeoutNotIntegerRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS016", "timeout is not a plain whole number", Severity.WARNING,
            FileKind.APPSPEC,
            "The Ruby agent (1.x) converts the timeout loosely: \"300\" is 300, 30s is 30, 3.9 is 3. Agent 2.x"
                    + " reads it strictly as an unsigned whole number and fails the deployment with a YAML error"
                    + " for a quoted, fractional or suffixed value. Write plain seconds so both agents agree.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                          timeout: "300"
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
            if (seconds.isPresent() && seconds.getAsLong() > 0 && !AgentTimeout.isPlainInteger(timeout)) {
                context.report(timeout, "timeout " + timeout.quoted() + " is not a plain whole number: the Ruby"
                        + " agent reads " + seconds.getAsLong() + ", agent 2.x rejects the file",
                        "write 'timeout: " + seconds.getAsLong() + "'");
            }
        }
    }
}
