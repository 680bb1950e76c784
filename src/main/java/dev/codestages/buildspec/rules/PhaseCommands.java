package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/** The parts of the phases that the phase rules read: each command string and the install runtimes. */
final class PhaseCommands {

    private PhaseCommands() {
    }

    /** Every string in the 'commands' and 'finally' lists of every phase (a single string counts as one). */
    static List<YamlScalar> of(Buildspec buildspec) {
        return buildspec.commands();
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
