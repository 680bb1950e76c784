package dev.codestages.bundle;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.Position;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        Optional<YamlEntry> primary = buildspec.entry("artifacts");
        if (primary.isPresent() && primary.get().value() instanceof YamlMapping artifact) {
            definitions.add(of(primary.get(), artifact));
            if (artifact.get("secondary-artifacts") instanceof YamlMapping secondary) {
                for (YamlEntry entry : secondary.entries()) {
                    if (entry.value() instanceof YamlMapping value) {
                        definitions.add(of(entry, value));
                    }
                }
            }
        }
        return definitions;
    }

    private static ArtifactDefinition of(YamlEntry entry, YamlMapping artifact) {
        List<ArtifactGlob> files = globs(artifact.get("files"));
        List<ArtifactGlob> excludes = globs(artifact.get("exclude-paths"));
        ArtifactGlob base = artifact.get("base-directory") instanceof YamlScalar s && !s.isNull()
                ? ArtifactGlob.of(s.value()) : null;
        boolean discard = artifact.get("discard-paths") instanceof YamlScalar s && !s.isNull() && isYes(s);
        return new ArtifactDefinition(entry.key().start(), files, base, discard, excludes);
    }

    private static List<ArtifactGlob> globs(YamlNode list) {
        List<ArtifactGlob> globs = new ArrayList<>();
        for (YamlScalar item : Buildspec.stringItems(list)) {
            globs.add(ArtifactGlob.of(item.value()));
        }
        return List.copyOf(globs);
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
