package dev.codestages.bundle;

import dev.codestages.buildspec.ArtifactDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An EC2/On-Premises AppSpec and the buildspecs (with artifacts) in its folder or a folder above it,
 * whose artifact may be the revision bundle CodeDeploy installs. Only what the checks need is kept
 * of either file.
 */
public record Pairing(AppspecNeeds appspec, List<BuildspecArtifacts> buildspecs) {

    /**
     * A buildspec's artifacts, where the buildspec is, and the folders its build may run in, nearest
     * first (its folder, then each folder above it up to the repository root): a build runs in the root
     * of its source, whichever folder the buildspec sits in.
     */
    public record BuildspecArtifacts(String display, Path file, Path folder, List<ArtifactDefinition> definitions,
                                     List<Path> roots) {
    }

    /** An artifact that carries the AppSpec, and the AppSpec's folder relative to the build's root. */
    public record Carrier(BuildspecArtifacts buildspec, ArtifactDefinition definition, String prefix) {

        /** The source path, relative to the build root, of a path relative to the bundle root. */
        public String source(String bundlePath) {
            return prefix.isEmpty() ? bundlePath : bundlePath.isEmpty() ? prefix : prefix + "/" + bundlePath;
        }

        /** True when the AppSpec's bundle was inferred from this artifact, so its needs were checked in it. */
        public boolean isTheAppspecBundle(AppspecNeeds appspec) {
            return appspec.bundleIs(buildspec.file(), definition.path());
        }

        /** True when this artifact carries the need to the same place in the bundle. */
        public boolean carries(AppspecNeeds.Need need) {
            String source = source(need.path());
            boolean file = need.path().equals(definition.artifactPath(source));
            boolean folder = definition.carriesBelow(source, need.path());
            switch (need.kind()) {
                case FILE:
                    return file;
                case FOLDER:
                    return folder;
                default:
                    return file || folder;
            }
        }
    }

    /**
     * The AppSpec's folder relative to the buildspec's build root, with {@code /}: the nearest of its
     * roots where an artifact puts the AppSpec at the bundle root, else the buildspec's own folder.
     */
    public String prefix(BuildspecArtifacts buildspec) {
        for (Path root : buildspec.roots()) {
            String prefix = relative(root);
            for (ArtifactDefinition definition : buildspec.definitions()) {
                String source = prefix.isEmpty() ? appspec.fileName() : prefix + "/" + appspec.fileName();
                if (appspec.fileName().equals(definition.artifactPath(source))) {
                    return prefix;
                }
            }
        }
        return relative(buildspec.folder());
    }

    private String relative(Path root) {
        return root.relativize(appspec.folder()).toString().replace('\\', '/');
    }

    /** Every artifact of the paired buildspecs, whether it carries the AppSpec or not. */
    public List<Carrier> artifacts() {
        List<Carrier> all = new ArrayList<>();
        for (BuildspecArtifacts buildspec : buildspecs) {
            for (ArtifactDefinition definition : buildspec.definitions()) {
                all.add(new Carrier(buildspec, definition, prefix(buildspec)));
            }
        }
        return all;
    }

    /** The artifacts that put the AppSpec at the root of their bundle. */
    public List<Carrier> carriers() {
        List<Carrier> carriers = new ArrayList<>();
        for (BuildspecArtifacts buildspec : buildspecs) {
            String prefix = prefix(buildspec);
            for (ArtifactDefinition definition : buildspec.definitions()) {
                Carrier carrier = new Carrier(buildspec, definition, prefix);
                if (appspec.fileName().equals(definition.artifactPath(carrier.source(appspec.fileName())))) {
                    carriers.add(carrier);
                }
            }
        }
        return carriers;
    }
}
