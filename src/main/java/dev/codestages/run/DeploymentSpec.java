package dev.codestages.run;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the local CodeDeploy agent needs from an EC2/On-Premises appspec: the files to copy, the
 * behaviour for existing files, the permissions, and each event's scripts. Read leniently, as the
 * agent reads it; the linter is where mistakes are reported.
 */
public record DeploymentSpec(List<FileMapping> files, String fileExistsBehavior, List<Permission> permissions,
                             Map<String, List<HookScript>> hooks) {

    /** Default time limit of a hook script, and the agent's limit for one event. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3600;

    /** One {@code files} entry. */
    public record FileMapping(String source, String destination) {
    }

    /** One {@code permissions} entry. */
    public record Permission(String object, String pattern, List<String> except, String owner, String group,
                             String mode, List<String> types) {
    }

    /** One script of a hook. */
    public record HookScript(String location, int timeoutSeconds, String runas) {
    }

    public static DeploymentSpec of(YamlMapping root) {
        List<FileMapping> files = new ArrayList<>();
        for (YamlMapping entry : mappings(root.get("files"))) {
            files.add(new FileMapping(text(entry, "source"), text(entry, "destination")));
        }
        List<Permission> permissions = new ArrayList<>();
        for (YamlMapping entry : mappings(root.get("permissions"))) {
            permissions.add(new Permission(text(entry, "object"), textOr(entry, "pattern", "**"),
                    strings(entry.get("except")), text(entry, "owner"), text(entry, "group"), text(entry, "mode"),
                    strings(entry.get("type"))));
        }
        Map<String, List<HookScript>> hooks = new LinkedHashMap<>();
        root.mapping("hooks").ifPresent(h -> {
            for (YamlEntry event : h.entries()) {
                List<HookScript> scripts = new ArrayList<>();
                for (YamlMapping script : mappings(event.value())) {
                    scripts.add(new HookScript(text(script, "location"), timeout(script), text(script, "runas")));
                }
                hooks.put(event.keyText(), scripts);
            }
        });
        String behavior = root.scalar("file_exists_behavior").map(s -> s.value().toUpperCase(Locale.ROOT))
                .orElse("DISALLOW");
        return new DeploymentSpec(List.copyOf(files), behavior, List.copyOf(permissions), Map.copyOf(hooks));
    }

    public List<HookScript> scriptsOf(String event) {
        return hooks.getOrDefault(event, List.of());
    }

    private static int timeout(YamlMapping script) {
        try {
            return script.scalar("timeout").map(s -> Integer.parseInt(s.value().trim())).orElse(DEFAULT_TIMEOUT_SECONDS);
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
    }

    private static List<YamlMapping> mappings(YamlNode node) {
        List<YamlMapping> result = new ArrayList<>();
        if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlMapping mapping) {
                    result.add(mapping);
                }
            }
        }
        return result;
    }

    private static List<String> strings(YamlNode node) {
        List<String> result = new ArrayList<>();
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            result.add(scalar.value());
        } else if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    result.add(scalar.value());
                }
            }
        }
        return result;
    }

    private static String text(YamlMapping mapping, String key) {
        return mapping.scalar(key).map(YamlScalar::value).orElse(null);
    }

    private static String textOr(YamlMapping mapping, String key, String fallback) {
        String value = text(mapping, key);
        return value == null ? fallback : value;
    }
}
