package dev.codestages.appspec;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An EC2/On-Premises AppSpec as the CodeDeploy agent reads it, for the local agent in {@code run}: the
 * files to copy, {@code file_exists_behavior}, the permissions and each event's scripts, with the
 * agent's defaults (aws-codedeploy-agent, lib/instance_agent/plugins/codedeploy/application_specification/
 * application_specification.rb, script_info.rb, linux_permission_info.rb). {@link #load} refuses a file
 * the linter finds errors in, so every value here is one the agent accepts.
 */
public record AgentAppspec(boolean windows, List<FileMapping> files, String fileExistsBehavior,
                           List<Permission> permissions, Map<String, List<HookScript>> hooks) {

    /** The {@code file_exists_behavior} when the AppSpec names none. */
    public static final String DISALLOW = "DISALLOW";
    public static final String OVERWRITE = "OVERWRITE";
    public static final String RETAIN = "RETAIN";

    /** The {@code pattern} when a permission names none: every name at every depth. */
    public static final String EVERY_NAME = "**";

    /** The {@code type} list when a permission names none. */
    public static final List<String> EVERY_TYPE = List.of("file", "directory");

    /** One {@code files} entry: a path in the revision and the instance folder it goes to. */
    public record FileMapping(String source, String destination) {
    }

    /**
     * One {@code permissions} entry. {@code pattern} is {@link #EVERY_NAME} when none is given and
     * {@code types} is {@link #EVERY_TYPE}; {@code acls} are the entries as written, {@code context} is
     * null when absent.
     */
    public record Permission(String object, String pattern, List<String> except, String owner, String group,
                             String mode, List<String> acls, SelinuxContext context, List<String> types) {

        /** True when {@code name}, a name directly inside the object, matches the pattern and no except item. */
        public boolean matches(String name) {
            for (String item : except) {
                if (AgentGlob.matches(item, name)) {
                    return false;
                }
            }
            return pattern.equals(EVERY_NAME) || AgentGlob.matches(pattern, name);
        }
    }

    /** The SELinux {@code context} of a permission: user {@code name}, {@code type} and {@code range}. */
    public record SelinuxContext(String name, String type, String range) {
    }

    /** One hook script: its location in the revision, the seconds it may run, and its {@code runas} user. */
    public record HookScript(String location, long timeoutSeconds, String runas) {
    }

    public AgentAppspec {
        files = List.copyOf(files);
        permissions = List.copyOf(permissions);
        hooks = Map.copyOf(hooks);
    }

    /**
     * A {@code files} source or hook {@code location} as a path relative to the revision root, as
     * {@link BundlePath} reads it for the bundle rules; null when {@code ..} leads above the root.
     */
    public String revisionPath(String raw) {
        return BundlePath.resolve(raw, windows);
    }

    /** The scripts of one event, in file order (none when the event has no hook). */
    public List<HookScript> scriptsOf(String event) {
        return hooks.getOrDefault(event, List.of());
    }

    /**
     * Reads the AppSpec at the root of an unpacked revision as the agent does: appspec.yml, then
     * appspec.yaml.
     *
     * @throws AppspecRejectedException when the linter finds an error in it
     * @throws IOException when there is no AppSpec or it cannot be read
     */
    public static AgentAppspec load(Path revision) throws IOException {
        for (String name : AppspecFileNames.EC2) {
            Path file = revision.resolve(name);
            if (Files.isRegularFile(file)) {
                return load(file, name);
            }
        }
        throw new IOException("The CodeDeploy agent did not find an AppSpec file within the unpacked revision"
                + " directory at revision-relative path \"" + AppspecFileNames.EC2.get(0) + "\"");
    }

    private static AgentAppspec load(Path file, String name) throws IOException {
        return of(AppspecFile.read(file, name, Platform.EC2));
    }

    /** The agent's reading of an EC2/On-Premises AppSpec; values the agent would reject are read leniently. */
    public static AgentAppspec of(Appspec appspec) {
        YamlMapping root = appspec.root();
        List<FileMapping> files = new ArrayList<>();
        for (YamlMapping entry : appspec.files()) {
            files.add(new FileMapping(Appspec.text(entry, "source"), Appspec.text(entry, "destination")));
        }
        List<Permission> permissions = new ArrayList<>();
        for (YamlMapping entry : appspec.permissions()) {
            permissions.add(permission(entry));
        }
        Map<String, List<HookScript>> hooks = new LinkedHashMap<>();
        for (YamlEntry event : appspec.events()) {
            List<HookScript> scripts = new ArrayList<>();
            for (YamlMapping script : Appspec.mappingItems(event.value())) {
                scripts.add(script(script));
            }
            hooks.put(event.keyText(), scripts);
        }
        String behavior = Appspec.text(root, "file_exists_behavior");
        return new AgentAppspec(appspec.isWindows(), files, behavior == null ? DISALLOW : behavior, permissions,
                hooks);
    }

    /** As ScriptInfo: location and runas stripped, the timeout as {@link AgentTimeout} reads it. */
    private static HookScript script(YamlMapping script) {
        String location = Appspec.text(script, "location");
        String runas = Appspec.text(script, "runas");
        long timeout = AgentTimeout.seconds(script.get("timeout") instanceof YamlScalar scalar ? scalar : null)
                .orElse(0);
        return new HookScript(location == null ? null : location.strip(), timeout,
                runas == null ? null : runas.strip());
    }

    /** As LinuxPermissionInfo: object stripped, pattern {@code **} and both types unless given. */
    private static Permission permission(YamlMapping entry) {
        String object = Appspec.text(entry, "object");
        String pattern = Appspec.text(entry, "pattern");
        List<String> types = strings(entry.get("type"));
        SelinuxContext context = null;
        if (entry.get("context") instanceof YamlMapping mapping) {
            context = new SelinuxContext(Appspec.text(mapping, "name"), Appspec.text(mapping, "type"),
                    Appspec.text(mapping, "range"));
        }
        return new Permission(object == null ? null : object.strip(), pattern == null ? EVERY_NAME : pattern,
                strings(entry.get("except")), Appspec.text(entry, "owner"), Appspec.text(entry, "group"),
                Appspec.text(entry, "mode"), strings(entry.get("acls")), context,
                types.isEmpty() ? EVERY_TYPE : types);
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
        return List.copyOf(result);
    }
}
