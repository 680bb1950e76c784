package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** AS038: a 'sudo' that is not a plain true or false. */
public final class SudoValueRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS038", "sudo is not true or false", Severity.WARNING,
            FileKind.APPSPEC,
            "'sudo' (undocumented, supported by both agents) runs the script through sudo. The Ruby agent"
                    + " treats any value but false and null as true, so the string \"false\" turns sudo on; agent"
                    + " 2.x reads YAML 1.2 booleans and rejects a string, and also 'yes'/'no'. Write true or false.",
            AppspecDocPages.AGENT + "/hook_executor.rb", """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                          sudo: "false"
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                          sudo: false
                    """);

    /** The booleans the Ruby agent reads as false. */
    private static final Pattern RUBY_FALSE = Pattern.compile("(?i)no|off|false");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (Appspec.Script script : appspec.scripts()) {
            if (!(script.entry().get("sudo") instanceof YamlScalar sudo) || sudo.isNull()) {
                continue;
            }
            boolean plain = sudo.type() == ScalarType.BOOLEAN
                    && (sudo.value().equals("true") || sudo.value().equals("false"));
            if (!plain) {
                boolean rubyTrue = !(sudo.type() == ScalarType.BOOLEAN && RUBY_FALSE.matcher(sudo.value()).matches());
                context.report(sudo, "sudo " + sudo.quoted() + " is not the boolean true or false: the Ruby agent"
                        + " reads it as " + rubyTrue + ", agent 2.x rejects it", "write 'sudo: " + rubyTrue
                        + "' (what the Ruby agent does today) or 'sudo: " + !rubyTrue + "'");
            }
        }
    }
}
