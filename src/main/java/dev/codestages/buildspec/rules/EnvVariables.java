package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** What the env rules judge in a variable's text: an AWS access key id, a Windows shell. */
final class EnvVariables {

    /** An AWS access key id (long-term AKIA or temporary ASIA) anywhere in a text. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");

    private EnvVariables() {
    }

    /** True when {@code text} holds an AWS access key id; the regular expression only where one may start. */
    static boolean hasAccessKeyId(String text) {
        return (text.contains("AKIA") || text.contains("ASIA")) && ACCESS_KEY_ID.matcher(text).find();
    }

    /** True when {@code env.shell} names a Windows shell, whose variable syntax is not the POSIX one. */
    static boolean windowsShell(Buildspec buildspec) {
        YamlScalar shell = buildspec.environment().shell();
        if (shell != null) {
            String program = ShellCatalog.program(shell.value());
            return program.equals("powershell") || program.equals("pwsh") || program.equals("cmd");
        }
        return false;
    }
}
