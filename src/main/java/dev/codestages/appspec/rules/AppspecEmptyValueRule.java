package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;
import java.util.regex.Pattern;

/** AS010: a key with no value, where no more specific rule applies. */
public final class AppspecEmptyValueRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS010", "key has no value", Severity.WARNING, FileKind.APPSPEC,
            "A key followed by nothing is null in YAML, and CodeDeploy treats the setting as absent: an empty"
                    + " 'files:' copies nothing, an empty 'owner:' changes nothing. Often the lines meant to be"
                    + " below it are not indented far enough, or a template was left unfinished.",
            AppspecDocPages.STRUCTURE, """
                    version: 0.0
                    os: linux
                    files:
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    """);

    /** Values whose absence a more specific rule reports. */
    private static final Pattern OWN_RULES = Pattern.compile("version|os|files\\[]\\.(source|destination)"
            + "|permissions\\[]\\.object|hooks\\.\\*(\\[]\\.location)?|(?i:resources)(\\[]\\.\\*)?"
            + "|(?i:resources\\[]\\.\\*\\.properties\\.(name|alias|currentversion|targetversion))"
            + "|Resources\\[]\\.\\*\\.Properties\\.(TaskDefinition|LoadBalancerInfo(\\.ContainerName|\\.ContainerPort)?)"
            + "|(?i:hooks)\\[]\\.\\*");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (ShapeViolation v : appspec.violations(ShapeViolation.Kind.EMPTY_VALUE)) {
            if (!OWN_RULES.matcher(v.schemaPath()).matches()) {
                context.report(v.node(), "'" + v.path() + "' has no value; CodeDeploy treats it as absent",
                        "give it a value, indent the lines below it under it, or remove it");
            }
        }
    }
}
