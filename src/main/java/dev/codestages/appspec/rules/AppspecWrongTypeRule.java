package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.Shape;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;

/** AS009: a section of the wrong YAML type, or an empty list item. */
public final class AppspecWrongTypeRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS009", "value has the wrong type", Severity.ERROR,
            FileKind.APPSPEC,
            "The agent walks the AppSpec expecting fixed types: 'files', 'permissions' and each hook event hold"
                    + " lists of mappings, 'hooks' is a mapping, 'type', 'except' and 'acls' are lists. A string"
                    + " or mapping in their place, or an empty '-' item, makes the agent crash with a Ruby error"
                    + " such as \"undefined method `each'\" (reported as UnknownError). The Lambda and ECS"
                    + " service rejects a wrong shape as \"not well-formed\".",
            AppspecDocPages.STRUCTURE, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        location: scripts/after_install.sh
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (ShapeViolation v : appspec.shapeViolations()) {
            if (v.kind() == ShapeViolation.Kind.WRONG_TYPE) {
                String found = v.node() instanceof YamlScalar scalar ? scalar.quoted() : v.node().describe();
                context.report(v.node(), "'" + v.path() + "' must be " + v.expected().describe() + ", found " + found,
                        hint(v));
            } else if (v.kind() == ShapeViolation.Kind.NULL_ITEM) {
                context.report(v.node(), "'" + v.path() + "' is an empty list item; the agent fails on it",
                        "remove the lone '-', or write the entry on the same line as its dash");
            }
        }
    }

    private static String hint(ShapeViolation v) {
        if (v.expected() instanceof Shape.Mapping && v.node() instanceof YamlSequence) {
            return "remove the '- ' dashes: this is a mapping of keys, not a list";
        }
        if (v.expected() instanceof Shape.ListOf && v.node() instanceof YamlMapping) {
            return "write each entry as a list item starting with '- '";
        }
        if (v.expected() instanceof Shape.ListOf && v.node() instanceof YamlScalar scalar) {
            return "write it as a list: [" + scalar.value() + "]";
        }
        return null;
    }
}
