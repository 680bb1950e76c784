package dev.codestages.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code EnvironmentVariables} setting of a CodeBuild action, read after its variable references are
 * resolved: a JSON array of {@code {"name","value","type"}} whose type is PLAINTEXT (the default),
 * PARAMETER_STORE or SECRETS_MANAGER; the last two take their value from the local secret values, never
 * from AWS (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeBuild.html).
 */
final class BuildEnvironmentVariables {

    private BuildEnvironmentVariables() {
    }

    /**
     * The variables, in order; empty for a null setting.
     *
     * @throws IOException when the text is not such an array or a secret has no local value
     */
    static Map<String, String> read(String setting, Map<String, String> secrets) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        read(setting, secrets, environment, environment);
        return environment;
    }

    /**
     * Reads the variables into {@code plain} (PLAINTEXT) and {@code secret} (PARAMETER_STORE and
     * SECRETS_MANAGER, whose values are masked); a null setting adds none.
     *
     * @throws IOException when the text is not such an array or a secret has no local value
     */
    static void read(String setting, Map<String, String> secrets, Map<String, String> plain, Map<String, String> secret)
            throws IOException {
        if (setting == null) {
            return;
        }
        Object parsed = JsonTree.parse(setting);
        if (!(parsed instanceof java.util.List)) {
            throw new IOException("not a JSON array");
        }
        for (Object item : JsonTree.array(parsed)) {
            Map<String, Object> variable = JsonTree.object(item);
            String name = JsonTree.text(variable.get("name"));
            String value = JsonTree.text(variable.get("value"));
            String type = variable.get("type") == null ? "PLAINTEXT" : JsonTree.text(variable.get("type"));
            if (name == null || value == null) {
                throw new IOException("every variable needs a \"name\" and a \"value\" string");
            }
            add("PLAINTEXT".equals(type) ? plain : secret, name, value, type, secrets);
        }
    }

    /**
     * Adds one variable of type PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER (an action's or a CodeBuild
     * project's) to {@code environment}.
     *
     * @throws IOException when the type is unknown or a secret has no local value
     */
    static void add(Map<String, String> environment, String name, String value, String type, Map<String, String> secrets)
            throws IOException {
        if ("PLAINTEXT".equals(type)) {
            environment.put(name, value);
        } else if ("PARAMETER_STORE".equals(type) || "SECRETS_MANAGER".equals(type)) {
            String secret = secrets.get(value);
            if (secret == null) {
                throw new IOException(type + " value '" + value + "' of " + name
                        + " has no local value (give it with --secrets or --secret-env)");
            }
            environment.put(name, secret);
        } else {
            throw new IOException("unknown type '" + type + "' of " + name);
        }
    }
}
