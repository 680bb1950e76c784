package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.List;

/** AS029: a permission type other than file or directory. */
public final class PermissionTypeRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS029", "permission type is not file or directory", Severity.ERROR,
            FileKind.APPSPEC,
            "'type' lists what a permissions entry applies to: 'file', 'directory' or both (the default)."
                    + " Any other item fails the deployment with \"specifies a permission for an object type not"
                    + " supported for permissions\".",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        mode: 644
                        type:
                          - files
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

    private static final List<String> TYPES = List.of("file", "directory");

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
            if (permission.get("type") instanceof YamlSequence types) {
                for (YamlNode item : types.items()) {
                    if (item instanceof YamlScalar type && !type.isNull() && !TYPES.contains(type.value())) {
                        String typo = DidYouMean.hint(type.value(), TYPES);
                        context.report(type, "permission type " + type.quoted() + " is not 'file' or 'directory';"
                                + " the agent fails the deployment", typo != null ? typo : "write file or directory");
                    }
                }
            }
        }
    }
}
