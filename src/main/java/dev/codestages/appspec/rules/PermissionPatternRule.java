package dev.codestages.appspec.rules;

import dev.codestages.appspec.AgentGlob;
import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;

/** AS034: a permissions pattern or except item that cannot match what it was meant to. */
public final class PermissionPatternRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS034", "pattern cannot match as intended", Severity.WARNING,
            FileKind.APPSPEC,
            "'pattern' and 'except' are globs matched against the names directly inside 'object'; only '**'"
                    + " (the default) reaches every depth. A pattern or except item with a '/' in it never"
                    + " matches, and neither is a regular expression: '.*' matches only names that start with a"
                    + " dot. Only '*' is a wildcard to the agent: '?', '[', ']', '{' and '}' stand for"
                    + " themselves, so '[a-z]*' or 'app?.log' match only names with those characters (its"
                    + " matches_simple_glob). The agent applies nothing (or excludes nothing) and says nothing.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        pattern: ".*"
                        mode: 644
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
                        pattern: "*"
                        mode: 644
                        type:
                          - file
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2() || appspec.isWindows()) {
            return;
        }
        for (YamlMapping permission : appspec.permissions()) {
            if (permission.get("pattern") instanceof YamlScalar pattern && !pattern.isNull()) {
                check(pattern, "pattern", context);
            }
            if (permission.get("except") instanceof YamlSequence except) {
                for (YamlNode item : except.items()) {
                    if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                        check(scalar, "except item", context);
                    }
                }
            }
        }
    }

    private static void check(YamlScalar glob, String what, RuleContext context) {
        String text = glob.value();
        if (text.equals("**")) {
            return;
        }
        if (text.contains("/")) {
            context.report(glob, what + " " + glob.quoted() + " contains '/': it is matched against names directly"
                    + " inside the object, so it never matches", "point 'object' at the folder and match names"
                    + " in it, or use '**' for every depth");
        } else if (text.startsWith(".*") || text.startsWith("^") || text.endsWith("$") || text.contains("\\")) {
            context.report(glob, what + " " + glob.quoted() + " looks like a regular expression, but it is a glob"
                    + (text.startsWith(".") ? ": it matches only names that start with '.'" : ""),
                    "write a glob: '*' for every name, '*.sh' for names ending in .sh, '**' for every depth");
        } else if (AgentGlob.hasLiteralMetacharacter(text)) {
            context.report(glob, what + " " + glob.quoted() + " uses a character the agent matches literally: only"
                    + " '*' is a wildcard, so it matches only a name with these exact characters",
                    "write the name with '*' in place of what varies, such as 'app*.log'");
        }
    }
}
