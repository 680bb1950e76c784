package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** AS027: an unquoted mode with a leading zero, which YAML 1.1 reads as an octal number. */
public final class ModeOctalRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS027", "mode with a leading zero is read as an octal number",
            Severity.WARNING, FileKind.APPSPEC,
            "In YAML 1.1, which the Ruby agent reads, an unquoted number with a leading zero is octal: 'mode:"
                    + " 0644' is the number 420. The agent then uses the decimal digits as the mode, so 0644"
                    + " silently becomes chmod 420 (r---w----), 0777 becomes 511, and 0755 (493) fails the"
                    + " deployment with \"contains an invalid character (9)\". Agent 2.x reads the text and gets it"
                    + " right, so the same file behaves differently per agent. The docs: quote a mode with a"
                    + " leading zero, or drop the zero.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        mode: 0644
                        type:
                          - file
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        mode: 644
                        type:
                          - file
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** True for a mode YAML 1.1 reads as an octal number: plain, a leading zero, octal digits. */
    private static boolean isOctal(YamlScalar mode) {
        return mode.type() == ScalarType.INTEGER && !mode.style().isQuoted() && mode.explicitTag() == null
                && mode.value().length() > 1 && mode.value().charAt(0) == '0' && octalDigits(mode.value(), 1);
    }

    /** True when every character of {@code text} from {@code from} on is an octal digit 0-7. */
    private static boolean octalDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        for (YamlMapping permission : appspec.permissions()) {
            if (!(permission.get("mode") instanceof YamlScalar mode) || mode.isNull() || !isOctal(mode)) {
                continue;
            }
            String read = Long.toString(Long.parseLong(mode.value(), 8));
            String padded = "0".repeat(Math.max(0, 3 - read.length())) + read;
            String effect = padded.length() > 4 || !octalDigits(padded, 0)
                    ? "the Ruby agent reads " + read + " and fails the deployment"
                    : "the Ruby agent sets mode " + padded + " instead of " + mode.value().substring(1);
            context.report(mode, "mode " + mode.value() + " is an octal number in YAML (" + read + "): " + effect,
                    "quote it (mode: \"" + mode.value() + "\") or drop the leading zero (mode: "
                            + withoutLeadingZeros(mode.value()) + ")");
        }
    }

    /** The digits without their leading zeros, keeping the last digit: 0755 is 755, 00 is 0. */
    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
