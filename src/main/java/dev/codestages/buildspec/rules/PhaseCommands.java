package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;
import java.util.stream.Stream;

/** The parts of the phases that the phase rules read: each phase mapping and each command in it. */
final class PhaseCommands {

    private PhaseCommands() {
    }

    /** Each known phase whose value is a mapping, as its entry (the key is where a phase is reported). */
    static Stream<YamlEntry> phases(Buildspec buildspec) {
        return buildspec.knownPhases().filter(e -> e.value() instanceof YamlMapping);
    }

    /** Every string in the 'commands' and 'finally' lists of every phase (a single string counts as one). */
    static Stream<YamlScalar> of(Buildspec buildspec) {
        return buildspec.commands().stream();
    }

    /** The non-null scalar under {@code key} in each phase that has one. */
    static Stream<YamlScalar> phaseScalars(Buildspec buildspec, String key) {
        return phases(buildspec).map(e -> ((YamlMapping) e.value()).scalar(key)).flatMap(Optional::stream);
    }

    /** The install phase's 'runtime-versions' mapping, when there is one. */
    static Optional<YamlMapping> runtimeVersions(Buildspec buildspec) {
        return buildspec.phases().flatMap(p -> p.mapping("install")).flatMap(i -> i.mapping("runtime-versions"));
    }
}
