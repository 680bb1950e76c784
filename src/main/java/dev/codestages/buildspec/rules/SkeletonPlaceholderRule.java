package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/**
 * BS030: a placeholder of the buildspec reference's syntax skeleton left in the {@code env} section or in
 * {@code run-as}. Other rules leave these values to this one, so each is reported once.
 */
public final class SkeletonPlaceholderRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS030", "documentation placeholder left in env or run-as",
            Severity.WARNING, FileKind.BUILDSPEC,
            "The buildspec reference opens with a syntax skeleton whose values are placeholders: 'run-as:"
                    + " Linux-user-name', 'shell: shell-tag', 'git-credential-helper: no | yes', 'key: \"value\"',"
                    + " 'secret-id:json-key:version-stage:version-id'. Copied unchanged they make CodeBuild look for"
                    + " a user, shell, parameter or secret that does not exist, or are not a yes/no value at all."
                    + " Replace each with a real value or delete the line.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      shell: shell-tag
                      git-credential-helper: no | yes
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    env:
                      shell: bash
                      git-credential-helper: yes
                    phases:
                      build:
                        commands:
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        check(buildspec.root(), "run-as", "run-as", "run-as", context);
        if (buildspec.root().get("env") instanceof YamlMapping env) {
            check(env, "shell", "env.shell", "env.shell", context);
            check(env, "git-credential-helper", "env.git-credential-helper", "env.git-credential-helper", context);
        }
        for (BuildEnvironment.Variable d : buildspec.environment().definitions()) {
            if (!SkeletonPlaceholders.isPlaceholder(d)) {
                continue;
            }
            YamlScalar value = d.value().orElseThrow();
            if (SkeletonPlaceholders.isPlaceholder(d.where() + ".*", value)) {
                check(d.where() + ".*", d.where() + "." + d.name(), value, context);
            } else {
                context.report(d.key(), "'" + d.name() + ": " + value.value() + "' in '" + d.where()
                        + "' is the documentation's placeholder", fix(d.map()));
            }
        }
        for (YamlScalar item : buildspec.environment().exportedVariables()) {
            check("env.exported-variables[]", "env.exported-variables", item, context);
        }
        for (YamlEntry phase : buildspec.knownPhases()) {
            if (phase.value() instanceof YamlMapping mapping) {
                check(mapping, "run-as", "run-as", "phases." + phase.keyText() + ".run-as", context);
            }
        }
    }

    /** Checks the non-null scalar under {@code key} of {@code mapping}, if there is one. */
    private static void check(YamlMapping mapping, String key, String schemaPath, String path, RuleContext context) {
        if (mapping.get(key) instanceof YamlScalar value && !value.isNull()) {
            check(schemaPath, path, value, context);
        }
    }

    private static void check(String schemaPath, String path, YamlScalar value, RuleContext context) {
        if (SkeletonPlaceholders.isPlaceholder(schemaPath, value)) {
            context.report(value, "'" + path + "' is still the documentation's placeholder " + value.quoted(),
                    SkeletonPlaceholders.fix(schemaPath));
        }
    }

    private static String fix(String map) {
        return switch (map) {
            case "variables" -> "write the variable's real name and value, or delete the line";
            case "parameter-store" -> "write the variable's name and the name of its Parameter Store parameter";
            default -> "write the variable's name and the secret's name or ARN";
        };
    }
}
