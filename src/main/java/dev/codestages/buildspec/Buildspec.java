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

/**
 * A buildspec as the rules see it: the YAML tree with named accessors for its sections, and the
 * differences from {@link BuildspecSchema}, computed once and shared by every rule that needs them.
 */
public final class Buildspec {

    private final YamlMapping root;
    private List<ShapeViolation> violations;
    private List<YamlScalar> commands;
    private List<YamlEntry> knownPhases;

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
        return root.get("version") instanceof YamlScalar version && !version.isNull()
                && version.value().equals("0.1");
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

    /** The phases present, as entries (name, phase value), in file order; only known phase names. */
    public List<YamlEntry> knownPhases() {
        if (knownPhases == null) {
            List<YamlEntry> found = new ArrayList<>();
            if (root.get("phases") instanceof YamlMapping phases) {
                for (YamlEntry entry : phases.entries()) {
                    if (BuildspecSchema.PHASES.contains(entry.keyText())) {
                        found.add(entry);
                    }
                }
            }
            knownPhases = Collections.unmodifiableList(found);
        }
        return knownPhases;
    }

    /**
     * Every string in the {@code commands} and {@code finally} lists of every known phase, in file
     * order (a single string counts as one list item); computed once, since many rules read them.
     */
    public List<YamlScalar> commands() {
        if (commands == null) {
            List<YamlScalar> all = new ArrayList<>();
            for (YamlEntry phase : knownPhases()) {
                if (phase.value() instanceof YamlMapping body) {
                    addStringItems(body.get("commands"), all);
                    addStringItems(body.get("finally"), all);
                }
            }
            commands = Collections.unmodifiableList(all);
        }
        return commands;
    }

    /**
     * True for a batch buildspec whose every task runs a buildspec file of its own: such a file only
     * drives the batch and needs no phases (AWS's own s2n-tls project works this way).
     */
    public boolean onlyDrivesBatchBuilds() {
        if (!(root.get("batch") instanceof YamlMapping batch)) {
            return false;
        }
        if (batch.get("build-matrix") instanceof YamlMapping matrix
                && matrix.get("dynamic") instanceof YamlMapping dynamic && dynamic.has("buildspec")) {
            return true;
        }
        for (String kind : List.of("build-graph", "build-list")) {
            if (batch.get(kind) instanceof YamlSequence tasks && !tasks.items().isEmpty()
                    && everyTaskHasBuildspec(tasks)) {
                return true;
            }
        }
        return false;
    }

    /** True when every item of a batch task list is a mapping with a {@code buildspec} key. */
    private static boolean everyTaskHasBuildspec(YamlSequence tasks) {
        for (YamlNode item : tasks.items()) {
            if (!(item instanceof YamlMapping task && task.has("buildspec"))) {
                return false;
            }
        }
        return true;
    }

    /** Every difference from the schema, in document order. */
    public List<ShapeViolation> shapeViolations() {
        if (violations == null) {
            violations = ShapeChecker.check(root, BuildspecSchema.ROOT);
        }
        return violations;
    }

    /** The differences of one kind, in document order. */
    public List<ShapeViolation> violations(ShapeViolation.Kind kind) {
        return ShapeViolation.ofKind(shapeViolations(), kind);
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
