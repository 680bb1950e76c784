package dev.codestages.bundle;

import dev.codestages.yaml.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What an EC2/On-Premises AppSpec needs from its bundle, kept after its tree is gone: the paths its
 * hooks and files section name, and the sources that are not in the folder.
 *
 * @param display  the AppSpec's display path
 * @param folder   the folder it is in (the bundle root when the build packs it at the root)
 * @param fileName its file name
 * @param needs    every path it needs, relative to the bundle root
 * @param missing  the files sources that are not in the folder
 * @param bundleFrom the artifact its bundle was taken from ({@link ArtifactBundleFinder}), or null
 * @param absent   the needed paths that are not in the bundle it was checked against
 * @param inFolder of those, the ones that are in the AppSpec's own folder (so the bundle left them out)
 */
public record AppspecNeeds(String display, Path folder, String fileName, List<Need> needs,
                           List<MissingSource> missing, BundleArtifact bundleFrom, Set<String> absent,
                           Set<String> inFolder) {

    /** An artifact definition of a buildspec: the buildspec's absolute path and the definition's path. */
    public record BundleArtifact(Path buildspec, String artifact) {
    }

    /** True when the AppSpec's bundle was taken from this artifact. */
    public boolean bundleIs(Path buildspec, String artifact) {
        return bundleFrom != null && bundleFrom.buildspec().equals(buildspec) && bundleFrom.artifact().equals(artifact);
    }

    /** What a needed path must be. */
    public enum NeedKind { FILE, FOLDER, EITHER }

    /** One path the AppSpec needs, and what for ("script of AfterInstall", "files source"). */
    public record Need(String path, NeedKind kind, String what) {
    }

    /** A files source not found in the folder: where it is written and what it says. */
    public record MissingSource(Position at, String text, String path) {
    }
}
