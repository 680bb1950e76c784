package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.List;

/** AS028: a mode that is not one to four octal digits. */
public final class ModeInvalidRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS028", "mode is not one to four octal digits", Severity.ERROR,
            FileKind.APPSPEC,
            "'mode' is a chmod mode in octal digits (0-7): three (755) or four with setuid, setgid or sticky"
                    + " (4755); shorter values are padded with zeros. Symbolic modes (u+x), an 8 or 9, or more than"
                    + " four digits fail the deployment with \"the permissions mode (...) contains an invalid"
                    + " character\" or \"the length of a permissions mode is invalid\".",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        mode: u+x
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        mode: 744
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** A mode YAML reads as an octal number is AS027's: the digits the agent sees are not the ones written. */
    @Override
    public List<String> defersTo() {
        return List.of("AS027");
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        for (YamlMapping permission : appspec.permissions()) {
            if (!(permission.get("mode") instanceof YamlScalar mode) || mode.isNull()) {
                continue;
            }
            String text = mode.value();
            String padded = "0".repeat(Math.max(0, 3 - text.length())) + text;
            int bad = firstNonOctal(padded);
            if (padded.length() > 4) {
                context.report(mode, "mode " + mode.quoted() + " is longer than four characters; the agent fails the"
                        + " deployment", "write three octal digits such as 755, or four such as 4755");
            } else if (bad >= 0) {
                context.report(mode, "mode " + mode.quoted() + " contains '" + padded.charAt(bad) + "', not an octal"
                        + " digit; the agent fails the deployment", "write the mode in octal digits 0-7, such as 755");
            }
        }
    }

    /** The index of the first character that is not an octal digit 0-7, or -1 when there is none. */
    private static int firstNonOctal(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '7') {
                return i;
            }
        }
        return -1;
    }
}
