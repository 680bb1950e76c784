package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** AS002: a version other than 0.0. */
public final class AppspecVersionValueRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS002", "version is not 0.0", Severity.ERROR, FileKind.APPSPEC,
            "0.0 is the only AppSpec version; AWS reserves the key for future use. The EC2/On-Premises agent"
                    + " compares the value as a number (0, 0.0 and 0.00 all pass) and fails the deployment with"
                    + " \"invalid version value (1.0)\" for anything else. (Lambda and ECS AppSpecs are read by the"
                    + " service; AS035 covers them.)",
            AppspecDocPages.VERSION, """
                    version: 1.0
                    os: linux
                    """, """
                    version: 0.0
                    os: linux
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (appspec.isEc2()) {
            Optional<YamlEntry> version = appspec.root().entry("version");
            if (version.isPresent()) {
                check(version.get(), context);
            }
        }
    }

    static void check(YamlEntry entry, RuleContext context) {
        if (!(entry.value() instanceof YamlScalar version)) {
            context.report(entry.value(), "'version' must be the number 0.0, found " + entry.value().describe(),
                    "write 'version: 0.0'");
            return;
        }
        if (version.isNull()) {
            context.report(entry.key(), "'version' has no value; expected 0.0", "write 'version: 0.0'");
            return;
        }
        if (ValueForms.isZero(version.value().trim())) {
            return; // quoted zero: AS003 on EC2/On-Premises, accepted elsewhere
        }
        context.report(version, "version " + version.quoted() + " is not 0.0, the only version CodeDeploy accepts",
                "write 'version: 0.0'");
    }
}
