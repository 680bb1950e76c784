package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.LifecycleEvents;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import java.util.Map;

/** AS012: a hook under an event CodeDeploy reserves for itself, whose scripts never run. */
public final class ReservedEventRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS012", "reserved lifecycle event in hooks", Severity.WARNING,
            FileKind.APPSPEC,
            "Start, DownloadBundle, Install, BlockTraffic, AllowTraffic and End are steps CodeDeploy performs"
                    + " itself. The agent accepts them under 'hooks' but never runs scripts for them, so the"
                    + " scripts are silently skipped. Hook the event just before or after instead.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      Install:
                        - location: scripts/install.sh
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/install.sh
                    """);

    private static final Map<String, String> INSTEAD = Map.of(
            "Start", "ApplicationStop or BeforeInstall",
            "DownloadBundle", "BeforeInstall",
            "Install", "BeforeInstall or AfterInstall",
            "BlockTraffic", "BeforeBlockTraffic or AfterBlockTraffic",
            "AllowTraffic", "BeforeAllowTraffic or AfterAllowTraffic",
            "End", "ValidateService");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlEntry event : appspec.events()) {
            String name = event.keyText();
            if (LifecycleEvents.EC2_RESERVED.contains(name)) {
                context.report(event.key(), "'" + name + "' is performed by CodeDeploy itself; scripts listed"
                        + " under it never run", "use " + INSTEAD.get(name) + " instead");
            }
        }
    }
}
