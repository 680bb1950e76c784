package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;

/** AS007: 'overwrite' in a files entry, which CodeDeploy ignores. */
public final class OverwriteKeyRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS007", "'overwrite' in a files entry is ignored", Severity.WARNING,
            FileKind.APPSPEC,
            "There is no 'overwrite' key in a files entry, and the agent ignores it. What happens to files"
                    + " that already exist on the instance is decided by the top-level 'file_exists_behavior'"
                    + " (DISALLOW, OVERWRITE or RETAIN) or else by the deployment's setting, whose default DISALLOW"
                    + " fails the deployment with \"a specified file already exists at this location\".",
            AppspecDocPages.FILES, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                        overwrite: true
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    file_exists_behavior: OVERWRITE
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        boolean decided = appspec.root().has("file_exists_behavior");
        for (ShapeViolation v : appspec.violations(ShapeViolation.Kind.UNKNOWN_KEY)) {
            if (v.schemaPath().equals("files[].overwrite")) {
                context.report(v.node(), "'overwrite' is not an AppSpec key; CodeDeploy ignores it",
                        decided ? "remove it: the top-level 'file_exists_behavior' decides what happens to existing"
                                + " files"
                                : "to replace existing files, write 'file_exists_behavior: OVERWRITE' at the top"
                                + " level");
            }
        }
    }
}
