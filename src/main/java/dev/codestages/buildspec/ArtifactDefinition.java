package dev.codestages.buildspec;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.ScalarStyle;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One set of files a buildspec takes from the build folder: the primary {@code artifacts}, one of its
 * {@code secondary-artifacts}, or the files of a report group. It holds the one reading of
 * {@code files}, {@code base-directory}, {@code exclude-paths}, {@code discard-paths}, {@code name} and
 * {@code enable-symlinks}, and the one selection algorithm ({@link #artifactPath}) that the linter's
 * rules, the bundle checks and the runner's {@link ArtifactSelection} all use: a path is matched below
 * the base directory (which is not part of the name), must match a {@code files} glob and no
 * {@code exclude-paths} glob, and with {@code discard-paths} keeps only its file name. Each value keeps
 * its node, so a finding can point at it.
 */
public final class ArtifactDefinition {

    private final String path;
    private final String identifier;
    private final Position at;
    private final List<YamlScalar> fileNodes;
    private final List<ArtifactGlob> files;
    private final List<YamlScalar> excludeNodes;
    private final List<ArtifactGlob> excludes;
    private final YamlScalar baseNode;
    private final ArtifactGlob base;
    private final boolean discardPaths;
    private final YamlScalar name;
    private final boolean enableSymlinks;
    private final boolean declaresFiles;

    private ArtifactDefinition(String path, String identifier, Position at, YamlMapping body) {
        this.path = path;
        this.identifier = identifier;
        this.at = at;
        this.fileNodes = Buildspec.stringItems(body.get("files"));
        this.files = globs(fileNodes);
        this.excludeNodes = Buildspec.stringItems(body.get("exclude-paths"));
        this.excludes = globs(excludeNodes);
        this.baseNode = body.get("base-directory") instanceof YamlScalar s && !s.isNull() ? s : null;
        this.base = baseNode == null ? null : ArtifactGlob.of(baseNode.value());
        this.discardPaths = isYes(body.get("discard-paths"));
        this.name = body.get("name") instanceof YamlScalar s && !s.isNull() ? s : null;
        this.enableSymlinks = isYes(body.get("enable-symlinks"));
        this.declaresFiles = body.has("files");
    }

    /** The artifacts of a buildspec root: the primary first, then each secondary one in file order. */
    static List<ArtifactDefinition> artifactsOf(YamlMapping root) {
        List<ArtifactDefinition> found = new ArrayList<>();
        YamlEntry primary = root.entry("artifacts").orElse(null);
        if (primary == null || !(primary.value() instanceof YamlMapping body)) {
            return List.of();
        }
        found.add(new ArtifactDefinition("artifacts", null, primary.key().start(), body));
        if (body.get("secondary-artifacts") instanceof YamlMapping secondary) {
            for (YamlEntry entry : secondary.entries()) {
                if (entry.value() instanceof YamlMapping value) {
                    found.add(new ArtifactDefinition("artifacts.secondary-artifacts." + entry.keyText(),
                            entry.keyText(), entry.key().start(), value));
                }
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** The files of a report group ({@code reports.<group>}), read as an artifact is. */
    static ArtifactDefinition ofReportGroup(YamlEntry group, YamlMapping body) {
        return new ArtifactDefinition("reports." + group.keyText(), group.keyText(), group.key().start(), body);
    }

    /**
     * {@code discard-paths} and {@code enable-symlinks}: the reference writes {@code yes}/{@code no}. The
     * CodeBuild agent is a Go program reading YAML 1.1 with go-yaml v2, whose resolve table makes the
     * plain scalars y, yes, true and on (in the forms y/Y, yes/Yes/YES, true/True/TRUE, on/On/ON) the
     * boolean true (github.com/go-yaml/yaml, branch v2, resolve.go). A quoted value is a string there,
     * and what the agent makes of it is not documented: a quoted "yes" is seen in public buildspecs, so a
     * quoted "yes" or "true" (the documented word, and YAML's) counts as true, as the bundle checks and
     * BS073 already read it; a quoted "on" or "y" is no documented spelling and reads as false (the runner
     * read a quoted "on" as true before this model settled it).
     */
    static boolean isYes(YamlNode node) {
        if (!(node instanceof YamlScalar value) || value.isNull()) {
            return false;
        }
        String text = value.value();
        if (value.style() == ScalarStyle.PLAIN) {
            switch (text) {
                case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON":
                    return true;
                default:
                    return false;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("yes") || lower.equals("true");
    }

    private static List<ArtifactGlob> globs(List<YamlScalar> items) {
        List<ArtifactGlob> globs = new ArrayList<>(items.size());
        for (YamlScalar item : items) {
            globs.add(ArtifactGlob.of(item.value()));
        }
        return Collections.unmodifiableList(globs);
    }

    /** Where a message names it: {@code artifacts}, {@code artifacts.secondary-artifacts.<id>}, {@code reports.<g>}. */
    public String path() {
        return path;
    }

    /** The secondary artifact's identifier or the report group's name; null for the primary artifact. */
    public String identifier() {
        return identifier;
    }

    public boolean isPrimary() {
        return identifier == null;
    }

    /** The position of its key. */
    public Position at() {
        return at;
    }

    /** The {@code files} items as written (a single string counts as one item). */
    public List<YamlScalar> fileNodes() {
        return fileNodes;
    }

    public List<ArtifactGlob> files() {
        return files;
    }

    /** True when the definition has a {@code files} key at all. */
    public boolean declaresFiles() {
        return declaresFiles;
    }

    /** The {@code exclude-paths} items as written. */
    public List<YamlScalar> excludeNodes() {
        return excludeNodes;
    }

    public List<ArtifactGlob> excludePaths() {
        return excludes;
    }

    /** The {@code base-directory} value, or null. */
    public YamlScalar baseDirectoryNode() {
        return baseNode;
    }

    /** The {@code base-directory} pattern, or null for the build root. */
    public ArtifactGlob baseDirectory() {
        return base;
    }

    /** {@code discard-paths}, read as {@link #isYes} says. */
    public boolean discardPaths() {
        return discardPaths;
    }

    /** The {@code name} value, or null. */
    public YamlScalar name() {
        return name;
    }

    /** {@code enable-symlinks}, read as {@link #isYes} says. */
    public boolean enableSymlinks() {
        return enableSymlinks;
    }

    /** The path relative to the base directory, or null when the source path is not below it. */
    private String belowBase(String sourcePath) {
        return base == null ? sourcePath : base.stripAsBase(sourcePath);
    }

    private static boolean anyMatches(List<ArtifactGlob> globs, String relative) {
        for (ArtifactGlob glob : globs) {
            if (glob.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the file at {@code sourcePath} (relative to the build's source root, {@code /}-separated)
     * lands in this artifact, or null when the artifact does not carry it: the one selection algorithm.
     */
    public String artifactPath(String sourcePath) {
        String relative = belowBase(sourcePath);
        if (relative == null || relative.isEmpty()) {
            return null;
        }
        if (!anyMatches(files, relative) || anyMatches(excludes, relative)) {
            return null;
        }
        return discardPaths ? relative.substring(relative.lastIndexOf('/') + 1) : relative;
    }

    /** True when the files patterns take the file at {@code sourcePath} but exclude-paths leaves it out. */
    public boolean excludes(String sourcePath) {
        String relative = belowBase(sourcePath);
        return relative != null && anyMatches(files, relative) && anyMatches(excludes, relative);
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
        if (!discardPaths && !relative.equals(target)) {
            return false;
        }
        if (discardPaths && !target.isEmpty()) {
            return false;
        }
        for (ArtifactGlob glob : files) {
            if (glob.matchesBelow(relative)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return path;
    }
}
