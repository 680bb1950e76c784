package dev.codestages.buildspec;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A buildspec's {@code env} section (or version 0.1's {@code environment_variables.plaintext}), the one
 * reading of it for the env rules and the runner: the shell, the plain variables (values taken
 * literally, as the reference says), the parameter-store and secrets-manager references, the exported
 * variable names and {@code git-credential-helper}. An entry whose name is not a scalar defines nothing.
 */
public final class BuildEnvironment {

    /** The three maps of {@code env} that define a variable by name, in the order the reference lists them. */
    public static final List<String> MAPS = List.of("variables", "parameter-store", "secrets-manager");

    /**
     * One variable defined in one map.
     *
     * @param map   "variables", "parameter-store", "secrets-manager", or "plaintext" (version 0.1)
     * @param entry the name (a scalar key) and its value
     */
    public record Variable(String map, YamlEntry entry) {

        public YamlScalar key() {
            return (YamlScalar) entry.key();
        }

        public String name() {
            return key().value();
        }

        /** Where it is defined, for messages: {@code env.variables}. */
        public String where() {
            return map.equals("plaintext") ? "environment_variables.plaintext" : "env." + map;
        }

        /** The value when it is a non-null scalar. */
        public Optional<YamlScalar> value() {
            return entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? Optional.of(scalar)
                    : Optional.empty();
        }

        /** The value as the build sees it: the scalar's text, or "" for a null or non-scalar value. */
        public String text() {
            return entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : "";
        }
    }

    private final YamlScalar shell;
    private final List<Variable> variables;
    private final List<Variable> parameterStore;
    private final List<Variable> secretsManager;
    private final List<Variable> definitions;
    private final List<Variable> plaintext;
    private final List<YamlScalar> exportedVariables;
    private final boolean gitCredentialHelper;

    BuildEnvironment(YamlMapping root) {
        YamlMapping env = root.get("env") instanceof YamlMapping m ? m : null;
        this.shell = env != null && env.get("shell") instanceof YamlScalar s && !s.isNull() ? s : null;
        this.variables = variables(env == null ? null : env.get("variables"), "variables");
        this.parameterStore = variables(env == null ? null : env.get("parameter-store"), "parameter-store");
        this.secretsManager = variables(env == null ? null : env.get("secrets-manager"), "secrets-manager");
        List<Variable> all = new ArrayList<>(variables);
        all.addAll(parameterStore);
        all.addAll(secretsManager);
        this.definitions = Collections.unmodifiableList(all);
        // version 0.1's section, which the runner plays only when there is no env section
        this.plaintext = env == null && root.get("environment_variables") instanceof YamlMapping legacy
                ? variables(legacy.get("plaintext"), "plaintext") : List.of();
        this.exportedVariables = env == null ? List.of() : Buildspec.stringItems(env.get("exported-variables"));
        this.gitCredentialHelper = env != null && ArtifactDefinition.isYes(env.get("git-credential-helper"));
    }

    private static List<Variable> variables(YamlNode node, String map) {
        if (!(node instanceof YamlMapping mapping)) {
            return List.of();
        }
        List<Variable> found = new ArrayList<>(mapping.entries().size());
        for (YamlEntry entry : mapping.entries()) {
            if (entry.key() instanceof YamlScalar) {
                found.add(new Variable(map, entry));
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** The {@code env.shell} value, or null when the image's default shell runs the commands. */
    public YamlScalar shell() {
        return shell;
    }

    /** {@code env.variables} in file order. */
    public List<Variable> variables() {
        return variables;
    }

    /** The {@code env.shell} text, or null. */
    public String shellName() {
        return shell == null ? null : shell.value();
    }

    /** {@code env.parameter-store}: variable name to parameter name. */
    public List<Variable> parameterStore() {
        return parameterStore;
    }

    /** {@code env.secrets-manager}: variable name to secret reference. */
    public List<Variable> secretsManager() {
        return secretsManager;
    }

    /** Every definition of the three {@link #MAPS}, map by map. */
    public List<Variable> definitions() {
        return definitions;
    }

    /** Version 0.1's {@code environment_variables.plaintext}, read only when there is no {@code env} section. */
    public List<Variable> plaintext() {
        return plaintext;
    }

    /** {@code env.exported-variables}. */
    public List<YamlScalar> exportedVariables() {
        return exportedVariables;
    }

    /** The {@code env.exported-variables} names as text. */
    public List<String> exportedVariableNames() {
        List<String> names = new ArrayList<>(exportedVariables.size());
        for (YamlScalar name : exportedVariables) {
            names.add(name.value());
        }
        return names;
    }

    /** {@code env.git-credential-helper}. */
    public boolean gitCredentialHelper() {
        return gitCredentialHelper;
    }
}
