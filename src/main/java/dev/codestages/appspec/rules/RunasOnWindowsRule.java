package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import java.util.Optional;

/** AS018: 'runas' on Windows, where the agent ignores it. */
public final class RunasOnWindowsRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS018", "runas on windows is ignored", Severity.WARNING,
            FileKind.APPSPEC,
            "'runas' makes the Linux agent run the script with 'su <user> -c'. The Windows agent ignores it and"
                    + " runs every script as the agent's own account (LocalSystem by default); the docs say not to"
                    + " use it on Windows. A script that relies on it runs with other rights than intended.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: windows
                    hooks:
                      AfterInstall:
                        - location: scripts\\install.ps1
                          runas: Administrator
                    """, """
                    version: 0.0
                    os: windows
                    hooks:
                      AfterInstall:
                        - location: scripts\\install.ps1
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isWindows()) {
            return;
        }
        for (Appspec.Script script : appspec.scripts()) {
            Optional<YamlEntry> runas = script.entry().entry("runas");
            if (runas.isPresent()) {
                context.report(runas.get().key(), "'runas' is ignored on Windows; the script runs as the CodeDeploy"
                        + " agent's account", "remove it");
            }
        }
    }
}
