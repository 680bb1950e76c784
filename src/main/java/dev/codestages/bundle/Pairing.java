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

    /** A buildspec's artifacts and where the buildspec is. */
    public record BuildspecArtifacts(String display, Path folder, List<ArtifactDefinition> definitions) {
    }

    /** An artifact that carries the AppSpec, and the AppSpec's folder relative to the build's root. */
    public record Carrier(BuildspecArtifacts buildspec, ArtifactDefinition definition, String prefix) {

        /** The source path, relative to the build root, of a path relative to the bundle root. */
        public String source(String bundlePath) {
            return prefix.isEmpty() ? bundlePath : bundlePath.isEmpty() ? prefix : prefix + "/" + bundlePath;
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

    /** The AppSpec's folder relative to a buildspec's folder, with {@code /}. */
    public String prefix(BuildspecArtifacts buildspec) {
        return buildspec.folder().relativize(appspec.folder()).toString().replace('\\', '/');
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
