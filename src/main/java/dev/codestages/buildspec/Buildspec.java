package dev.codestages.buildspec;

import dev.codestages.lint.ShapeChecker;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A buildspec as the rules see it: the YAML tree with named accessors for its sections, and the
 * differences from {@link BuildspecSchema}, computed once and shared by every rule that needs them.
 */
public final class Buildspec {

    private final YamlMapping root;
    private List<ShapeViolation> violations;
    private List<YamlScalar> commands;

    public Buildspec(YamlMapping root) {
        this.root = root;
    }

    public YamlMapping root() {
        return root;
    }

    /** The {@code version} value when it is a scalar. */
    public Optional<YamlScalar> version() {
        return root.scalar("version");
    }

    /** True when the file declares version 0.1 (each command in its own shell, older keys). */
    public boolean isVersion01() {
        return version().map(v -> v.value().equals("0.1")).orElse(false);
    }

    public Optional<YamlMapping> section(String key) {
        return root.mapping(key);
    }

    public Optional<YamlMapping> env() {
        return root.mapping("env");
    }

    public Optional<YamlMapping> phases() {
        return root.mapping("phases");
    }

    /** The phases present, as entries (name, phase mapping), in file order; only known phase names. */
    public Stream<YamlEntry> knownPhases() {
        return phases().stream().flatMap(p -> p.entries().stream())
                .filter(e -> BuildspecSchema.PHASES.contains(e.keyText()));
    }

    /**
     * Every string in the {@code commands} and {@code finally} lists of every known phase, in file
     * order (a single string counts as one list item); computed once, since many rules read them.
     */
    public List<YamlScalar> commands() {
        if (commands == null) {
            List<YamlScalar> all = new ArrayList<>();
            YamlNode phases = root.get("phases");
            if (phases instanceof YamlMapping mapping) {
                for (YamlEntry phase : mapping.entries()) {
                    if (phase.value() instanceof YamlMapping body && BuildspecSchema.PHASES.contains(phase.keyText())) {
                        addStringItems(body.get("commands"), all);
                        addStringItems(body.get("finally"), all);
                    }
                }
            }
            commands = Collections.unmodifiableList(all);
        }
        return commands;
    }

    /** The primary artifact and every secondary artifact, each as a mapping. */
    public Stream<YamlMapping> artifactDefinitions() {
        Optional<YamlMapping> primary = root.mapping("artifacts");
        Stream<YamlMapping> secondary = primary.flatMap(a -> a.mapping("secondary-artifacts")).stream()
                .flatMap(s -> s.entries().stream())
                .map(YamlEntry::value)
                .filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast);
        return Stream.concat(primary.stream(), secondary);
    }

    /**
     * True for a batch buildspec whose every task runs a buildspec file of its own: such a file only
     * drives the batch and needs no phases (AWS's own s2n-tls project works this way).
     */
    public boolean onlyDrivesBatchBuilds() {
        Optional<YamlMapping> batch = root.mapping("batch");
        if (batch.isEmpty()) {
            return false;
        }
        if (batch.get().mapping("build-matrix").flatMap(m -> m.mapping("dynamic")).map(d -> d.has("buildspec"))
                .orElse(false)) {
            return true;
        }
        for (String kind : List.of("build-graph", "build-list")) {
            if (batch.get().get(kind) instanceof YamlSequence tasks && !tasks.items().isEmpty()
                    && tasks.items().stream().allMatch(t -> t instanceof YamlMapping task && task.has("buildspec"))) {
                return true;
            }
        }
        return false;
    }

    /** Every difference from the schema, in document order. */
    public List<ShapeViolation> shapeViolations() {
        if (violations == null) {
            violations = ShapeChecker.check(root, BuildspecSchema.ROOT);
        }
        return violations;
    }

    public Stream<ShapeViolation> violations(ShapeViolation.Kind kind) {
        return shapeViolations().stream().filter(v -> v.kind() == kind);
    }

    /** The string items of a list-of-strings value (a single scalar counts as one item). */
    public static List<YamlScalar> stringItems(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return scalar.isNull() ? List.of() : List.of(scalar);
        }
        if (node instanceof YamlSequence) {
            List<YamlScalar> items = new ArrayList<>();
            addStringItems(node, items);
            return Collections.unmodifiableList(items);
        }
        return List.of();
    }

    private static void addStringItems(YamlNode node, List<YamlScalar> into) {
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            into.add(scalar);
        } else if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    into.add(scalar);
                }
            }
        }
    }
}
