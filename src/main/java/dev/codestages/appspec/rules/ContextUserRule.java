package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;

/** AS032: 'user' in an SELinux context, which the agents ignore. */
public final class ContextUserRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS032", "context 'user' is ignored", Severity.WARNING,
            FileKind.APPSPEC,
            "The permissions page documents the SELinux user of a 'context' as 'user', but both agents read it"
                    + " from 'name' and silently ignore 'user' (Ruby context_info.rb, Rust RawContext), so the"
                    + " context is set without the user.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        context:
                          user: unconfined_u
                          type: httpd_sys_content_t
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        context:
                          name: unconfined_u
                          type: httpd_sys_content_t
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (ShapeViolation v : appspec.violations(ShapeViolation.Kind.UNKNOWN_KEY)) {
            if (v.schemaPath().equals("permissions[].context.user")) {
                context.report(v.node(), "the agent ignores 'user' in a context; it reads the SELinux user from"
                        + " 'name'", "rename 'user' to 'name'");
            }
        }
    }
}
