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

/** AS026: a permissions entry without an object. */
public final class PermissionObjectMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS026", "permission has no object", Severity.ERROR, FileKind.APPSPEC,
            "Every permissions entry applies to an 'object': a file or folder on the instance. An entry without"
                    + " one, or with an empty one, fails the deployment with \"a permission listed in the"
                    + " application specification file has no object value\".",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - pattern: "**"
                        owner: www-data
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        pattern: "**"
                        owner: www-data
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
            Optional<YamlEntry> object = permission.entry("object");
            if (object.isEmpty()) {
                context.report(permission, "a permissions entry has no 'object'; the agent fails the deployment",
                        "add 'object:' with the file or folder on the instance it applies to");
            } else if (ValueForms.isBlank(object.get().value())) {
                context.report(object.get().key(), "'object' of a permissions entry is empty; the agent fails the"
                        + " deployment", null);
            }
        }
    }
}
