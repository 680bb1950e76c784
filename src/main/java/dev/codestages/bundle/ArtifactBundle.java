package dev.codestages.bundle;

import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.buildspec.ArtifactGlob;
import dev.codestages.buildspec.ArtifactSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revision bundle a build artifact would be, seen from the repository: the files the artifact
 * definition selects under the build root ({@link ArtifactSelection}, the one selection algorithm the
 * runner packs with), each under its name in the artifact (base-directory stripped, discard-paths
 * applied). A name is looked up in the selection (or, where the layout is kept, at the one path it can come
 * from), then the file it comes from is examined through a
 * {@link DiskBundle} on the build root, so nothing outside the build root is ever read. Only files
 * already in the repository are seen: what the build's commands make is not.
 */
final class ArtifactBundle implements BundleTree {

    private final Path buildRoot;
    private final ArtifactDefinition definition;
    private final DiskBundle disk;
    private Map<String, String> sources;
    private Set<String> folders;

    ArtifactBundle(Path buildRoot, ArtifactDefinition definition) {
        this.buildRoot = buildRoot;
        this.definition = definition;
        this.disk = new DiskBundle(buildRoot);
    }

    /** Name in the artifact to path relative to the build root, selected on first use. */
    private Map<String, String> sources() {
        if (sources == null) {
            sources = new HashMap<>();
            folders = new HashSet<>();
            try {
                Path root = buildRoot.toRealPath();
                List<ArtifactSelection.Entry> entries = ArtifactSelection.select(definition, root);
                for (ArtifactSelection.Entry entry : entries) {
                    sources.put(entry.name(), root.relativize(entry.file()).toString().replace('\\', '/'));
                    for (int slash = entry.name().lastIndexOf('/'); slash > 0;
                         slash = entry.name().lastIndexOf('/', slash - 1)) {
                        folders.add(entry.name().substring(0, slash));
                    }
                }
            } catch (IOException e) {
                // an unreadable build root selects nothing: every path is then missing
            }
        }
        return sources;
    }

    /**
     * The one path a name can come from when the layout is kept (no discard-paths) below a literal base
     * directory or the build root, or null when only a walk can tell (discard-paths, a wildcard base). This
     * spares walking a whole repository, node_modules and all, for an artifact of '**' + '/*'.
     */
    private String directSource(String relative) {
        if (definition.discardPaths()) {
            return null;
        }
        ArtifactGlob base = definition.baseDirectory();
        if (base == null) {
            return relative;
        }
        if (base.hasWildcard()) {
            return null;
        }
        String folder = base.text().trim().replace('\\', '/');
        while (folder.startsWith("./")) {
            folder = folder.substring(2);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return folder.isEmpty() || folder.equals(".") ? relative
                : relative.isEmpty() ? folder : folder + "/" + relative;
    }

    @Override
    public Kind kind(String relative) {
        if (MemoryBundle.hasLoneSurrogate(relative)) {
            return Kind.UNNAMEABLE;
        }
        String direct = directSource(relative);
        if (direct != null) {
            if (relative.isEmpty()) {
                return Kind.DIRECTORY;
            }
            Kind onDisk = disk.kind(direct);
            if (onDisk == Kind.DIRECTORY) {
                return definition.carriesBelow(direct, relative) ? Kind.DIRECTORY : Kind.MISSING;
            }
            return onDisk == Kind.MISSING || relative.equals(definition.artifactPath(direct)) ? onDisk : Kind.MISSING;
        }
        String source = sources().get(relative);
        if (source != null) {
            return disk.kind(source);
        }
        return relative.isEmpty() || folders.contains(relative) ? Kind.DIRECTORY : Kind.MISSING;
    }

    /** Where the file of a name that is a {@link Kind#FILE} comes from. */
    private String sourceOf(String relative) {
        String direct = directSource(relative);
        return direct != null ? direct : sources().get(relative);
    }

    @Override
    public boolean executable(String relative) {
        String source = sourceOf(relative);
        return source != null && disk.executable(source);
    }

    @Override
    public byte[] head(String relative, int max) {
        String source = sourceOf(relative);
        return source == null ? new byte[0] : disk.head(source, max);
    }
}
