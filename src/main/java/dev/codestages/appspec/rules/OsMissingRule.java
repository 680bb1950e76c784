package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;

/** AS004: an EC2/On-Premises AppSpec without 'os'. */
public final class OsMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS004", "os is missing", Severity.ERROR, FileKind.APPSPEC,
            "An EC2/On-Premises AppSpec must say which operating system it deploys to. Without 'os' the agent"
                    + " fails with \"unsupported operating system ()\" (agent 2.x: \"missing field `os`\").",
            AppspecDocPages.OS, """
                    version: 0.0
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
        if (!appspec.isEc2()) {
            return;
        }
        var entry = appspec.root().entry("os");
        if (entry.isEmpty()) {
            context.report(appspec.root(), "the appspec has no 'os'; the CodeDeploy agent requires linux or windows",
                    "add 'os: linux' (or 'os: windows') after the version");
        } else if (entry.get().value() instanceof YamlScalar os && os.isNull()) {
            context.report(entry.get().key(), "'os' has no value; expected linux or windows", "write 'os: linux'");
        }
    }
}
