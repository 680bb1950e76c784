package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.Map;
import java.util.Set;

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

    /** Placeholder values by schema path, with what to write instead. */
    private static final Map<String, Placeholder> VALUES = Map.of(
            "run-as", new Placeholder(Set.of("Linux-user-name"), "write a Linux user of the image, such as"
                    + " 'codebuild-user', or delete the line to run as root"),
            "env.shell", new Placeholder(Set.of("shell-tag"), "write bash or /bin/sh (Linux), powershell.exe or"
                    + " cmd.exe (Windows), or delete the line"),
            "env.git-credential-helper", new Placeholder(Set.of("no | yes", "yes | no"), "write yes or no"),
            "env.secrets-manager.*", new Placeholder(Set.of("secret-id:json-key:version-stage:version-id"),
                    "write the secret's name or ARN, optionally followed by ':json-key'"),
            "env.exported-variables[]", new Placeholder(Set.of("variable"), "list the names of variables to export,"
                    + " or delete 'exported-variables'"));

    private record Placeholder(Set<String> values, String fix) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** True when the value at this schema path is a skeleton placeholder ({@code phases.<p>.run-as} is run-as). */
    static boolean isPlaceholder(String schemaPath, YamlScalar value) {
        String where = isPhaseRunAs(schemaPath) ? "run-as" : schemaPath;
        Placeholder placeholder = VALUES.get(where);
        return placeholder != null && placeholder.values().contains(value.value());
    }

    /** True for {@code phases.<phase>.run-as}, one phase name between the two dots. */
    private static boolean isPhaseRunAs(String schemaPath) {
        String prefix = "phases.";
        String suffix = ".run-as";
        int nameEnd = schemaPath.length() - suffix.length();
        return schemaPath.startsWith(prefix) && schemaPath.endsWith(suffix) && nameEnd > prefix.length()
                && schemaPath.indexOf('.', prefix.length()) == nameEnd;
    }

    /** True for a variable defined as the skeleton's {@code key: "value"}. */
    static boolean isPlaceholder(BuildEnvironment.Variable definition) {
        YamlScalar value = definition.value().orElse(null);
        if (value == null) {
            return false;
        }
        return definition.name().equals("key") && value.value().equals("value")
                || isPlaceholder(definition.where() + ".*", value);
    }

    /** True for a shape violation whose value is a placeholder this rule reports. */
    static boolean covers(ShapeViolation violation) {
        return violation.node() instanceof YamlScalar scalar && isPlaceholder(violation.schemaPath(), scalar);
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        check(buildspec.root(), "run-as", "run-as", "run-as", context);
        if (buildspec.root().get("env") instanceof YamlMapping env) {
            check(env, "shell", "env.shell", "env.shell", context);
            check(env, "git-credential-helper", "env.git-credential-helper", "env.git-credential-helper", context);
        }
        for (BuildEnvironment.Variable d : buildspec.environment().definitions()) {
            if (!isPlaceholder(d)) {
                continue;
            }
            YamlScalar value = d.value().orElseThrow();
            if (isPlaceholder(d.where() + ".*", value)) {
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
        if (isPlaceholder(schemaPath, value)) {
            context.report(value, "'" + path + "' is still the documentation's placeholder " + value.quoted(),
                    VALUES.get(schemaPath).fix());
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
