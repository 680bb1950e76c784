package dev.codestages.buildspec;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A buildspec's {@code env} section (or version 0.1's {@code environment_variables.plaintext}) as the
 * runner plays it: the shell, the plain variables (values taken literally, as the reference says),
 * the parameter-store and secrets-manager references, the exported variable names and
 * {@code git-credential-helper}.
 */
public final class BuildEnvironment {

    /** One name and its value or reference as written; a non-scalar or null value reads as "". */
    public record Variable(YamlEntry entry, String name, String value) {
    }

    private final String shell;
    private final List<Variable> variables;
    private final List<Variable> parameterStore;
    private final List<Variable> secretsManager;
    private final List<String> exportedVariables;
    private final boolean gitCredentialHelper;

    BuildEnvironment(YamlMapping root) {
        YamlMapping env = root.get("env") instanceof YamlMapping m ? m : null;
        if (env == null) {
            YamlMapping legacy = root.get("environment_variables") instanceof YamlMapping m ? m : null;
            this.shell = null;
            this.variables = variables(legacy == null ? null : legacy.get("plaintext"));
            this.parameterStore = List.of();
            this.secretsManager = List.of();
            this.exportedVariables = List.of();
            this.gitCredentialHelper = false;
            return;
        }
        this.shell = env.get("shell") instanceof YamlScalar s && !s.isNull() ? s.value() : null;
        this.variables = variables(env.get("variables"));
        this.parameterStore = variables(env.get("parameter-store"));
        this.secretsManager = variables(env.get("secrets-manager"));
        List<String> exported = new ArrayList<>();
        for (YamlScalar name : Buildspec.stringItems(env.get("exported-variables"))) {
            exported.add(name.value());
        }
        this.exportedVariables = Collections.unmodifiableList(exported);
        this.gitCredentialHelper = ArtifactDefinition.isYes(env.get("git-credential-helper"));
    }

    private static List<Variable> variables(YamlNode node) {
        if (!(node instanceof YamlMapping mapping)) {
            return List.of();
        }
        List<Variable> found = new ArrayList<>(mapping.entries().size());
        for (YamlEntry entry : mapping.entries()) {
            String value = entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : "";
            found.add(new Variable(entry, entry.keyText(), value));
        }
        return Collections.unmodifiableList(found);
    }

    /** The {@code env.shell} value, or null when the image's default shell runs the commands. */
    public String shell() {
        return shell;
    }

    /** {@code env.variables} (or 0.1's {@code environment_variables.plaintext}) in file order. */
    public List<Variable> variables() {
        return variables;
    }

    /** {@code env.parameter-store}: variable name to parameter name. */
    public List<Variable> parameterStore() {
        return parameterStore;
    }

    /** {@code env.secrets-manager}: variable name to secret reference. */
    public List<Variable> secretsManager() {
        return secretsManager;
    }

    /** {@code env.exported-variables}. */
    public List<String> exportedVariables() {
        return exportedVariables;
    }

    /** {@code env.git-credential-helper}. */
    public boolean gitCredentialHelper() {
        return gitCredentialHelper;
    }
}
