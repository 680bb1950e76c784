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
 * A buildspec, the one reading of the file for the rules, the bundle checks and the runner: the YAML
 * tree with named accessors for its sections, the typed parts built from it once on first use (phases
 * and their commands, {@code on-failure}, env, artifacts, report groups), and the differences from
 * {@link BuildspecSchema}, computed once and shared by every rule that needs them.
 */
public final class Buildspec {

    private final YamlMapping root;
    private List<ShapeViolation> violations;
    private List<YamlScalar> commands;
    private List<YamlEntry> knownPhases;
    private List<BuildPhase> buildPhases;
    private List<ArtifactDefinition> artifacts;
    private List<ReportGroup> reportGroups;
    private BuildEnvironment environment;

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

    /** The known phases whose value is a mapping, in file order, with their commands and on-failure. */
    public List<BuildPhase> buildPhases() {
        if (buildPhases == null) {
            List<BuildPhase> found = new ArrayList<>();
            for (YamlEntry phase : knownPhases()) {
                if (phase.value() instanceof YamlMapping body) {
                    found.add(new BuildPhase(phase, body));
                }
            }
            buildPhases = Collections.unmodifiableList(found);
        }
        return buildPhases;
    }

    /** The phase of this name, when present with a mapping value. */
    public Optional<BuildPhase> phase(String name) {
        for (BuildPhase phase : buildPhases()) {
            if (phase.name().equals(name)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    /**
     * Every string in the {@code commands} and {@code finally} lists of every known phase (commands
     * first, then finally, phase by phase in file order; a single string counts as one list item).
     */
    public List<YamlScalar> commands() {
        if (commands == null) {
            List<YamlScalar> all = new ArrayList<>();
            for (BuildPhase phase : buildPhases()) {
                addCommandNodes(phase.commands(), all);
                addCommandNodes(phase.finallyCommands(), all);
            }
            commands = Collections.unmodifiableList(all);
        }
        return commands;
    }

    private static void addCommandNodes(List<PhaseCommand> items, List<YamlScalar> into) {
        for (PhaseCommand item : items) {
            if (item.kind() == PhaseCommand.Kind.COMMAND) {
                into.add((YamlScalar) item.node());
            }
        }
    }

    /** The artifacts: the primary first, then each secondary one that is a mapping, in file order. */
    public List<ArtifactDefinition> artifacts() {
        if (artifacts == null) {
            artifacts = ArtifactDefinition.artifactsOf(root);
        }
        return artifacts;
    }

    /** The report groups whose value is a mapping, in file order. */
    public List<ReportGroup> reportGroups() {
        if (reportGroups == null) {
            List<ReportGroup> found = new ArrayList<>();
            if (root.get("reports") instanceof YamlMapping reports) {
                for (YamlEntry group : reports.entries()) {
                    if (group.value() instanceof YamlMapping body) {
                        YamlScalar format = body.get("file-format") instanceof YamlScalar s && !s.isNull() ? s : null;
                        found.add(new ReportGroup(group.keyText(), ArtifactDefinition.ofReportGroup(group, body),
                                format));
                    }
                }
            }
            reportGroups = Collections.unmodifiableList(found);
        }
        return reportGroups;
    }

    /** The {@code env} section (or 0.1's {@code environment_variables}) as the runner plays it. */
    public BuildEnvironment environment() {
        if (environment == null) {
            environment = new BuildEnvironment(root);
        }
        return environment;
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
