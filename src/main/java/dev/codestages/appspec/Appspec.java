package dev.codestages.appspec;

import dev.codestages.lint.ShapeChecker;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An AppSpec as the rules see it: the YAML (or JSON) tree, the compute platform it is read as, named
 * accessors for its sections, and the differences from {@link AppspecSchema} for that platform,
 * computed once and shared by every rule that needs them.
 */
public final class Appspec {

    /** One script of an EC2/On-Premises hook: the event it runs at and its entry. */
    public record Script(YamlEntry event, YamlMapping entry) {

        public String eventName() {
            return event.keyText();
        }
    }

    private final YamlMapping root;
    private final Platform platform;
    private List<ShapeViolation> violations;

    public Appspec(YamlMapping root, Platform platform) {
        this.root = root;
        this.platform = platform;
    }

    public YamlMapping root() {
        return root;
    }

    public Platform platform() {
        return platform;
    }

    public boolean isEc2() {
        return platform == Platform.EC2;
    }

    /** True for an EC2/On-Premises AppSpec whose {@code os} is exactly {@code windows}. */
    public boolean isWindows() {
        return isEc2() && "windows".equals(text(root, "os"));
    }

    /** True for an EC2/On-Premises AppSpec whose {@code os} is exactly {@code linux}. */
    public boolean isLinux() {
        return isEc2() && "linux".equals(text(root, "os"));
    }

    /** The {@code files} entries that are mappings. */
    public List<YamlMapping> files() {
        return mappingItems(root.get("files"));
    }

    /** The {@code permissions} entries that are mappings. */
    public List<YamlMapping> permissions() {
        return mappingItems(root.get("permissions"));
    }

    /** The EC2/On-Premises {@code hooks} mapping. */
    public Optional<YamlMapping> hooks() {
        return isEc2() ? root.mapping("hooks") : Optional.empty();
    }

    /** The EC2/On-Premises hook events, as entries (event name, list of scripts), in file order. */
    public List<YamlEntry> events() {
        Optional<YamlMapping> hooks = hooks();
        return hooks.isPresent() ? hooks.get().entries() : List.of();
    }

    /** Every EC2/On-Premises hook script that is a mapping, in file order. */
    public List<Script> scripts() {
        List<Script> scripts = new ArrayList<>();
        for (YamlEntry event : events()) {
            for (YamlMapping entry : mappingItems(event.value())) {
                scripts.add(new Script(event, entry));
            }
        }
        return scripts;
    }

    /** The Lambda/ECS {@code Resources} entry (Lambda also takes {@code resources}). */
    public Optional<YamlEntry> resourcesEntry() {
        return field(root, "Resources");
    }

    /** The Lambda/ECS resources as entries (logical name, resource mapping), from every list item. */
    public List<YamlEntry> resources() {
        List<YamlEntry> resources = new ArrayList<>();
        for (YamlMapping item : mappingItems(valueOf(resourcesEntry()))) {
            resources.addAll(item.entries());
        }
        return resources;
    }

    /** The Lambda/ECS {@code Hooks} entry (also {@code hooks}). */
    public Optional<YamlEntry> hooksListEntry() {
        return isEc2() ? Optional.empty() : field(root, "Hooks");
    }

    /** The Lambda/ECS hooks as entries (event name, function name), from every list item. */
    public List<YamlEntry> hookFunctions() {
        List<YamlEntry> hooks = new ArrayList<>();
        for (YamlMapping item : mappingItems(valueOf(hooksListEntry()))) {
            hooks.addAll(item.entries());
        }
        return hooks;
    }

    /**
     * The entry {@code name} as written in the templates (PascalCase) or in the reference page's
     * lower case, whichever the file uses.
     */
    public static Optional<YamlEntry> field(YamlMapping mapping, String name) {
        Optional<YamlEntry> exact = mapping.entry(name);
        return exact.isPresent() ? exact : mapping.entry(name.toLowerCase(Locale.ROOT));
    }

    /** Every difference from the schema of this platform, in document order. */
    public List<ShapeViolation> shapeViolations() {
        if (violations == null) {
            violations = ShapeChecker.check(root, AppspecSchema.of(platform));
        }
        return violations;
    }

    /** The differences of one kind, in document order. */
    public List<ShapeViolation> violations(ShapeViolation.Kind kind) {
        return ShapeViolation.ofKind(shapeViolations(), kind);
    }

    /** The items of a list that are mappings (none when the node is not a list). */
    public static List<YamlMapping> mappingItems(YamlNode node) {
        if (!(node instanceof YamlSequence sequence)) {
            return List.of();
        }
        List<YamlMapping> mappings = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlMapping mapping) {
                mappings.add(mapping);
            }
        }
        return mappings;
    }

    /** The value of an entry that may be absent, or null. */
    public static YamlNode valueOf(Optional<YamlEntry> entry) {
        return entry.isPresent() ? entry.get().value() : null;
    }

    /** The text of a scalar value, or null when the value is absent, null or not a scalar. */
    public static String text(YamlMapping mapping, String key) {
        return mapping.get(key) instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : null;
    }
}
