package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of the phases that the phase rules read: each phase mapping and each command in it. */
final class PhaseCommands {

    private PhaseCommands() {
    }

    /** Each known phase whose value is a mapping, as its entry (the key is where a phase is reported). */
    static List<YamlEntry> phases(Buildspec buildspec) {
        List<YamlEntry> phases = new ArrayList<>();
        for (YamlEntry phase : buildspec.knownPhases()) {
            if (phase.value() instanceof YamlMapping) {
                phases.add(phase);
            }
        }
        return phases;
    }

    /** Every string in the 'commands' and 'finally' lists of every phase (a single string counts as one). */
    static List<YamlScalar> of(Buildspec buildspec) {
        return buildspec.commands();
    }

    /** The non-null scalar under {@code key} in each phase that has one. */
    static List<YamlScalar> phaseScalars(Buildspec buildspec, String key) {
        List<YamlScalar> scalars = new ArrayList<>();
        for (YamlEntry phase : buildspec.knownPhases()) {
            if (phase.value() instanceof YamlMapping body && body.get(key) instanceof YamlScalar scalar
                    && !scalar.isNull()) {
                scalars.add(scalar);
            }
        }
        return scalars;
    }

    /** The install phase's 'runtime-versions' mapping, when there is one. */
    static Optional<YamlMapping> runtimeVersions(Buildspec buildspec) {
        if (buildspec.root().get("phases") instanceof YamlMapping phases
                && phases.get("install") instanceof YamlMapping install
                && install.get("runtime-versions") instanceof YamlMapping versions) {
            return Optional.of(versions);
        }
        return Optional.empty();
    }
}
