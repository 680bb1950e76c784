package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.AppspecSchema;
import dev.codestages.appspec.LifecycleEvents;
import dev.codestages.appspec.Platform;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;
import java.util.List;
import java.util.Set;

/** AS006: a key the AppSpec format does not have here, which CodeDeploy ignores. */
public final class AppspecUnknownKeyRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS006", "unknown key", Severity.WARNING, FileKind.APPSPEC,
            "The CodeDeploy agent reads only the keys it knows and ignores every other one without a word, so a"
                    + " misspelled section ('permission'), a key in the wrong case ('Hooks' in an EC2 AppSpec) or"
                    + " a section indented at the wrong level silently does nothing: the files are not copied,"
                    + " the permissions not set, the hook never runs. Keys are case-sensitive.",
            AppspecDocPages.STRUCTURE, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permission:
                      - object: /var/www/html
                        owner: www-data
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        owner: www-data
                    """);

    /** Keys other rules explain better. */
    private static final Set<String> OWN_RULES = Set.of("files[].overwrite", "hooks.*[].commands",
            "permissions[].context.user");
    private static final Set<String> EC2_ONLY = Set.of("os", "files", "permissions", "file_exists_behavior");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (ShapeViolation v : appspec.violations(ShapeViolation.Kind.UNKNOWN_KEY)) {
            if (!OWN_RULES.contains(v.schemaPath())) {
                context.report(v.node(), message(appspec, v), hint(appspec, v));
            }
        }
    }

    private static String message(Appspec appspec, ShapeViolation v) {
        boolean top = v.parentPath().isEmpty();
        String where = top ? "top-level key" : "key";
        String in = top ? "" : " in '" + v.parentPath() + "'";
        String effect = appspec.isEc2() ? "CodeDeploy ignores it" : "it is not part of "
                + appspec.platform().displayName() + " AppSpecs and has no effect";
        return "unknown " + where + " '" + v.key() + "'" + in + "; " + effect;
    }

    private static String hint(Appspec appspec, ShapeViolation v) {
        String typo = DidYouMean.hint(v.key(), v.known());
        if (typo != null) {
            return typo;
        }
        boolean top = v.parentPath().isEmpty();
        if (top && appspec.isEc2()) {
            String event = DidYouMean.suggest(v.key(), LifecycleEvents.EC2_SCRIPTABLE);
            if (event != null) {
                return "'" + event + "' is a lifecycle event: indent it under 'hooks'";
            }
        }
        if (top && !appspec.isEc2() && EC2_ONLY.contains(v.key())) {
            return "'" + v.key() + "' belongs to EC2/On-Premises AppSpecs; this file is read as "
                    + appspec.platform().displayName() + " (use --platform to choose)";
        }
        List<String> elsewhere = AppspecSchema.of(appspec.platform()).locate(v.key());
        if (!elsewhere.isEmpty()) {
            String path = elsewhere.get(0);
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "'" + v.key() + "' is a top-level key; check the indentation"
                    : "'" + v.key() + "' belongs under '" + path.substring(0, dot) + "'; check the indentation";
        }
        if (appspec.platform() == Platform.EC2 && top && v.key().equals("Resources")) {
            return "'Resources' belongs to Lambda and ECS AppSpecs";
        }
        return "expected one of: " + String.join(", ", v.known().stream().sorted().toList());
    }
}
