package dev.codestages.bundle;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.Position;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one buildspec artifact (the primary {@code artifacts} or a secondary one) packs, reduced to
 * what the cross-file checks need: its file patterns, base directory, exclusions and whether paths are
 * discarded, and where it is written so findings can point at it. Holds no YAML tree.
 *
 * @param at       the position of its key
 * @param files    the {@code files} patterns
 * @param base     the {@code base-directory} pattern, or null
 * @param discard  {@code discard-paths: yes}
 * @param excludes the {@code exclude-paths} patterns
 */
public record ArtifactDefinition(Position at, List<ArtifactGlob> files, ArtifactGlob base,
                                 boolean discard, List<ArtifactGlob> excludes) {

    /** The artifacts a buildspec defines (primary first), or none. */
    public static List<ArtifactDefinition> of(YamlMapping buildspec) {
        List<ArtifactDefinition> definitions = new ArrayList<>();
        buildspec.entry("artifacts").ifPresent(primary -> {
            if (primary.value() instanceof YamlMapping artifact) {
                definitions.add(of(primary, artifact));
                artifact.mapping("secondary-artifacts").ifPresent(secondary -> {
                    for (YamlEntry entry : secondary.entries()) {
                        if (entry.value() instanceof YamlMapping value) {
                            definitions.add(of(entry, value));
                        }
                    }
                });
            }
        });
        return definitions;
    }

    private static ArtifactDefinition of(YamlEntry entry, YamlMapping artifact) {
        List<ArtifactGlob> files = Buildspec.stringItems(artifact.get("files")).stream()
                .map(s -> ArtifactGlob.of(s.value())).toList();
        List<ArtifactGlob> excludes = Buildspec.stringItems(artifact.get("exclude-paths")).stream()
                .map(s -> ArtifactGlob.of(s.value())).toList();
        ArtifactGlob base = artifact.scalar("base-directory").map(s -> ArtifactGlob.of(s.value())).orElse(null);
        boolean discard = artifact.scalar("discard-paths").map(ArtifactDefinition::isYes).orElse(false);
        return new ArtifactDefinition(entry.key().start(), files, base, discard, excludes);
    }

    private static boolean isYes(YamlScalar value) {
        if (value.type() == ScalarType.BOOLEAN) {
            return List.of("yes", "true", "on", "y").contains(value.value().toLowerCase(Locale.ROOT));
        }
        return List.of("yes", "true").contains(value.value().toLowerCase(Locale.ROOT));
    }

    /** The path relative to the base directory, or null when the source path is not below it. */
    private String belowBase(String sourcePath) {
        return base == null ? sourcePath : base.stripAsBase(sourcePath);
    }

    /**
     * Where the file at {@code sourcePath} (relative to the build's source root) lands in this artifact,
     * or null when the artifact does not carry it.
     */
    public String artifactPath(String sourcePath) {
        String relative = belowBase(sourcePath);
        if (relative == null || relative.isEmpty()) {
            return null;
        }
        boolean carried = files.stream().anyMatch(g -> g.matches(relative))
                && excludes.stream().noneMatch(g -> g.matches(relative));
        if (!carried) {
            return null;
        }
        return discard ? relative.substring(relative.lastIndexOf('/') + 1) : relative;
    }

    /** True when the files patterns take the file at {@code sourcePath} but exclude-paths leaves it out. */
    public boolean excludes(String sourcePath) {
        String relative = belowBase(sourcePath);
        return relative != null && files.stream().anyMatch(g -> g.matches(relative))
                && this.excludes.stream().anyMatch(g -> g.matches(relative));
    }

    /**
     * True when this artifact can carry some file found below the source folder {@code sourceFolder}
     * to below {@code target} in the artifact ("" for its root).
     */
    public boolean carriesBelow(String sourceFolder, String target) {
        String relative = belowBase(sourceFolder);
        if (relative == null) {
            return false;
        }
        if (discard) {
            return target.isEmpty() && files.stream().anyMatch(g -> g.matchesBelow(relative));
        }
        return relative.equals(target) && files.stream().anyMatch(g -> g.matchesBelow(relative));
    }
}
