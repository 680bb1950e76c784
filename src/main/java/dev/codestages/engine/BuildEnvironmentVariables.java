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
        if (setting == null) {
            return environment;
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
        return environment;
    }
}
