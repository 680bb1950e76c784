package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import java.util.Optional;

/** AS025: permissions in a Windows AppSpec. */
public final class PermissionsOnWindowsRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS025", "permissions on windows", Severity.ERROR, FileKind.APPSPEC,
            "The 'permissions' section (chmod, chown, ACLs, SELinux contexts) exists for Linux only. With"
                    + " 'os: windows' any entry fails the deployment with \"the application specification file"
                    + " specifies file permissions, but the deployment is targeting one or more Windows Server"
                    + " instances\". Set Windows permissions from a hook script instead.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: windows
                    files:
                      - source: \\
                        destination: C:\\inetpub\\wwwroot
                    permissions:
                      - object: C:\\inetpub\\wwwroot
                        owner: IUSR
                    """, """
                    version: 0.0
                    os: windows
                    files:
                      - source: \\
                        destination: C:\\inetpub\\wwwroot
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (appspec.isWindows() && !appspec.permissions().isEmpty()) {
            Optional<YamlEntry> permissions = appspec.root().entry("permissions");
            if (permissions.isPresent()) {
                context.report(permissions.get().key(), "'permissions' are Linux only; with 'os: windows' the agent"
                        + " fails the deployment", "remove the section and set the rights from a hook script (icacls)");
            }
        }
    }
}
