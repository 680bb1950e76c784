package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.Optional;

/** AS031: an SELinux context without its type. */
public final class ContextTypeMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS031", "context has no type", Severity.ERROR, FileKind.APPSPEC,
            "A permissions 'context' sets an SELinux file context with semanage; its 'type' (such as"
                    + " httpd_sys_content_t) is required. Without it the agent fails the deployment with \"specifies"
                    + " an invalid context type\".",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        context:
                          name: unconfined_u
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
        if (!appspec.isEc2()) {
            return;
        }
        for (YamlMapping permission : appspec.permissions()) {
            Optional<YamlEntry> entry = permission.entry("context");
            if (entry.isPresent() && entry.get().value() instanceof YamlMapping selinux
                    && ValueForms.isBlank(selinux.get("type"))) {
                context.report(entry.get().key(), "the SELinux context has no 'type'; the agent fails the deployment",
                        "add 'type:', such as 'type: httpd_sys_content_t'");
            }
        }
    }
}
