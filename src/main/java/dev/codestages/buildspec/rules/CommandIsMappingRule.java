package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.PhaseCommand;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** BS009: a command that YAML reads as a mapping because of an unquoted ': ' in it. */
public final class CommandIsMappingRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS009", "command is read as a mapping", Severity.ERROR,
            FileKind.BUILDSPEC,
            "In YAML, ': ' (colon and space) inside an unquoted value makes it a key and a value. A command such"
                    + " as 'echo Status: done' or 'curl -H \"Content-Type: json\"' therefore becomes a mapping, and"
                    + " CodeBuild fails with \"Expected Commands[0] to be of string type: found subkeys instead\"."
                    + " Quote the whole command, or use a '|' block.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - echo Build status: done
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - 'echo Build status: done'
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** True for a violation this rule reports: a mapping in a list of commands. */
    private static boolean applies(ShapeViolation v) {
        return v.kind() == ShapeViolation.Kind.WRONG_TYPE && v.node() instanceof YamlMapping
                && (v.schemaPath().endsWith(".commands[]") || v.schemaPath().endsWith(".finally[]")
                || v.schemaPath().endsWith(".commands") || v.schemaPath().endsWith(".finally"));
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ShapeViolation v : buildspec.violations(ShapeViolation.Kind.WRONG_TYPE)) {
            if (applies(v)) {
                context.report(v.node(), PhaseCommand.mappingMessage(v.path(), (YamlMapping) v.node()),
                        "quote the whole command: - '" + reconstruct((YamlMapping) v.node()) + "'");
            }
        }
    }

    private static String reconstruct(YamlMapping mapping) {
        if (mapping.entries().size() != 1) {
            return PhaseCommand.firstKey(mapping) + ": ...";
        }
        YamlEntry entry = mapping.entries().get(0);
        String value = entry.value() instanceof dev.codestages.yaml.YamlScalar scalar ? scalar.value() : "...";
        return (entry.keyText() + ": " + value).replace("'", "''");
    }
}
