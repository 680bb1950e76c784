package dev.codestages.bundle;

import dev.codestages.buildspec.ArtifactDefinition;
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
 * applied). A name is looked up in the selection, then the file it comes from is examined through a
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

    @Override
    public Kind kind(String relative) {
        if (MemoryBundle.hasLoneSurrogate(relative)) {
            return Kind.UNNAMEABLE;
        }
        String source = sources().get(relative);
        if (source != null) {
            return disk.kind(source);
        }
        return relative.isEmpty() || folders.contains(relative) ? Kind.DIRECTORY : Kind.MISSING;
    }

    @Override
    public boolean executable(String relative) {
        String source = sources().get(relative);
        return source != null && disk.executable(source);
    }

    @Override
    public byte[] head(String relative, int max) {
        String source = sources().get(relative);
        return source == null ? new byte[0] : disk.head(source, max);
    }
}
