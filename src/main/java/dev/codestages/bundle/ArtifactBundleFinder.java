package dev.codestages.bundle;

import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.KindDetector;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the build artifact that carries an AppSpec, when no {@code --bundle} names its bundle: a
 * buildspec of the project whose artifact definition puts this AppSpec file at the root of the
 * artifact, which CodePipeline then hands to CodeDeploy as the revision bundle (the AppSpec must be at
 * the root of the bundle: CodeDeploy user guide, "Add an application specification file to a revision
 * for CodeDeploy"). The buildspecs looked at are those in the AppSpec's folder and each folder above it
 * up to the repository root (the folder holding {@code .git}; without one, only the AppSpec's folder and
 * its parent), and those in the folders just below the AppSpec's folder and the repository root
 * ({@code deploy/codebuild/buildspec.yml}, {@code ci/buildspec.yml}). A build runs in the root of its
 * source whichever folder its buildspec sits in, so each folder from the nearest one holding both files
 * up to the repository root is tried as the build root, nearest first; the first artifact that carries
 * the AppSpec wins.
 */
final class ArtifactBundleFinder {

    private static final Set<String> NOT_SEARCHED = Set.of("node_modules", "target", "build", "dist", "vendor");

    /**
     * The artifact found: the buildspec (as a path relative to the build root, and absolute), the build root, the
     * definition, and the buildspec's commands (a file they name may be made by the build).
     */
    record Found(String buildspec, Path file, Path buildRoot, ArtifactDefinition definition, List<String> commands) {

        /** The bundle this artifact would be, from the repository's files. */
        BundleTree tree() {
            return new ArtifactBundle(buildRoot, definition);
        }

        /** How a message names it: {@code deploy/buildspec.yml's artifacts}. */
        String describe() {
            return buildspec + "'s " + definition.path();
        }
    }

    private ArtifactBundleFinder() {
    }

    /** The first artifact that carries the AppSpec at {@code appspecFile} (absolute, normalized), or null. */
    static Found find(Path appspecFile, Path repository) {
        Path folder = appspecFile.getParent();
        if (folder == null) {
            return null;
        }
        String fileName = appspecFile.getFileName().toString();
        List<Path> chain = upToRepository(folder, repository);
        Set<Path> searched = new LinkedHashSet<>(chain);
        searched.addAll(children(folder));
        if (repository != null) {
            searched.addAll(children(repository));
        }
        YamlLoader loader = new YamlLoader();
        for (Path place : searched) {
            for (Path buildspecFile : buildspecsIn(place)) {
                Found found = carrier(loader, buildspecFile, folder, fileName, chain);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A folder and each folder above it up to the repository root, nearest first; without a repository,
     * the folder and its parent: the folders a build could run in when it sees this folder's files.
     */
    static List<Path> upToRepository(Path folder, Path repository) {
        List<Path> chain = new ArrayList<>();
        if (repository == null) {
            chain.add(folder);
            if (folder.getParent() != null) {
                chain.add(folder.getParent());
            }
            return chain;
        }
        for (Path at = folder; at != null && at.startsWith(repository); at = at.getParent()) {
            chain.add(at);
        }
        return chain;
    }

    private static Found carrier(YamlLoader loader, Path buildspecFile, Path folder, String fileName,
                                 List<Path> chain) {
        YamlMapping root;
        try {
            root = loader.load(buildspecFile).rootMapping();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (root == null) {
            return null;
        }
        Buildspec buildspec = new Buildspec(root);
        List<ArtifactDefinition> definitions = buildspec.artifacts();
        if (definitions.isEmpty()) {
            return null;
        }
        for (Path buildRoot : chain) {
            if (!buildspecFile.startsWith(buildRoot)) {
                continue;
            }
            String prefix = buildRoot.relativize(folder).toString().replace('\\', '/');
            String source = prefix.isEmpty() ? fileName : prefix + "/" + fileName;
            for (ArtifactDefinition definition : definitions) {
                if (fileName.equals(definition.artifactPath(source))) {
                    List<String> commands = new ArrayList<>();
                    for (YamlScalar command : buildspec.commands()) {
                        commands.add(command.value());
                    }
                    String display = buildRoot.relativize(buildspecFile).toString().replace('\\', '/');
                    return new Found(display, buildspecFile, buildRoot, definition, List.copyOf(commands));
                }
            }
        }
        return null;
    }

    /** The files in a folder whose names make them buildspecs, in name order. */
    private static List<Path> buildspecsIn(Path folder) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (KindDetector.byName(file) == FileKind.BUILDSPEC && Files.isRegularFile(file)) {
                    found.add(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    /** The folders just below a folder, hidden ones and dependency or output folders left out, in name order. */
    private static List<Path> children(Path folder) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path child : files) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && !NOT_SEARCHED.contains(name)
                        && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(child);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }
}
