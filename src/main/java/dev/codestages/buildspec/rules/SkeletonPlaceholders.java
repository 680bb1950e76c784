package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.yaml.YamlScalar;
import java.util.Map;
import java.util.Set;

/**
 * The placeholders of the buildspec skeleton in the CodeBuild reference ({@code run-as: Linux-user-name},
 * {@code shell: shell-tag}, {@code key: "value"}, ...), by schema path, with what to write instead. BS030
 * reports them; the rules that would otherwise judge such a value (BS024, BS025, BS028) skip it.
 */
final class SkeletonPlaceholders {

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

    private SkeletonPlaceholders() {
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

    /** What to write instead of the placeholder at {@code schemaPath}. */
    static String fix(String schemaPath) {
        return VALUES.get(schemaPath).fix();
    }
}
