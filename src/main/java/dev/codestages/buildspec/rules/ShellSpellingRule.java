package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** BS029: an {@code env.shell} that names a real shell, but not in one of the four documented forms. */
public final class ShellSpellingRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS029", "shell is not one of the documented values",
            Severity.WARNING, FileKind.BUILDSPEC,
            "The buildspec reference documents exactly four values for 'env.shell': bash and /bin/sh on Linux,"
                    + " powershell.exe and cmd.exe on Windows. How CodeBuild treats another spelling of a shell is"
                    + " not documented: '/bin/bash' is known to work (compose-x/ecs_composex has built with it since"
                    + " 2021), but 'sh', 'powershell', 'Bash' or 'zsh' are unverified and may fail on another image"
                    + " or agent version. Write the documented value.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      shell: sh
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    env:
                      shell: /bin/sh
                    phases:
                      build:
                        commands:
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("env") instanceof YamlMapping env && env.get("shell") instanceof YamlScalar v
                && !v.isNull() && !ShellCatalog.isDocumented(v.value()) && ShellCatalog.isShellProgram(v.value())) {
            context.report(v, "shell " + v.quoted() + " is not one of the documented values"
                    + " bash, /bin/sh, powershell.exe, cmd.exe", hint(v));
        }
    }

    private static String hint(YamlScalar value) {
        String equivalent = ShellCatalog.equivalent(value.value());
        return equivalent != null ? "write '" + equivalent + "'"
                : "write 'bash' or '/bin/sh', and run " + ShellCatalog.program(value.value()) + " from a command if needed";
    }
}
