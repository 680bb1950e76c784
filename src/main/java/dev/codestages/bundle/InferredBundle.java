package dev.codestages.bundle;

import dev.codestages.appspec.Appspec;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundle of an AppSpec when no {@code --bundle} names it. First the artifact of a buildspec in the
 * project that carries this AppSpec ({@link ArtifactBundleFinder}): the bundle is then known, laid out
 * as the artifact would be, and a script missing from it (BN001) stays an error, unless the build's
 * commands name it (the build may make it, so it is a warning that says so). Otherwise the folder where
 * the AppSpec's paths resolve: its own folder first, then the root of the repository it sits in (the
 * folder holding {@code .git}), because an AppSpec kept in {@code deploy/} or {@code aws/} usually names
 * paths of a bundle the build assembles from the repository. That bundle is an assumption, so a script
 * reported missing is a warning that names the folder assumed and {@code --bundle}, not an error.
 */
final class InferredBundle {

    private static final String SCRIPT_MISSING = "BN001";
    private static final String HINT = "name the revision bundle with --bundle DIR to check it for sure";

    private InferredBundle() {
    }

    /**
     * An AppSpec in the bundle inferred for it: which folder that is, in words, or the artifact that
     * makes it (then {@code artifact} is set and the bundle is known).
     */
    record Inferred(BundleContext context, String assumed, ArtifactBundleFinder.Found artifact) {
    }

    /**
     * The AppSpec in the inferred bundle: the artifact that carries it, else its own folder, unless the
     * repository root resolves more scripts. In the repository's case the AppSpec still counts as at the
     * bundle root, where the build puts it.
     */
    static Inferred of(Appspec appspec, Path appspecFile) {
        Path own = appspecFile.getParent() != null ? appspecFile.getParent() : Path.of("").toAbsolutePath();
        String fileName = appspecFile.getFileName().toString();
        Path repository = repositoryRoot(own);
        ArtifactBundleFinder.Found artifact = ArtifactBundleFinder.find(appspecFile, repository);
        if (artifact != null) {
            return new Inferred(new BundleContext(appspec, artifact.tree(), fileName, fileName),
                    "what " + artifact.describe() + " select from the repository", artifact);
        }
        BundleContext inOwnFolder = new BundleContext(appspec, new DiskBundle(own), fileName, fileName);
        long missing = missingScripts(inOwnFolder);
        Inferred ownFolder = new Inferred(inOwnFolder, "the AppSpec's own folder", null);
        if (missing == 0 || repository == null || repository.equals(own)) {
            return ownFolder;
        }
        BundleContext inRepository = new BundleContext(appspec, new DiskBundle(repository), fileName, fileName);
        return missingScripts(inRepository) < missing
                ? new Inferred(inRepository, "the repository root " + repository.getFileName(), null) : ownFolder;
    }

    /**
     * Rewrites the BN001 findings added from {@code from} on: in an assumed folder, a warning that names
     * the assumption; in an artifact's bundle, an error that names the artifact, or a warning when the
     * build's commands name the script or its folder.
     */
    static void soften(Inferred inferred, List<Finding> findings, int from) {
        for (int i = from; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!f.rule().equals(SCRIPT_MISSING)) {
                continue;
            }
            if (inferred.artifact() == null) {
                findings.set(i, new Finding(f.rule(), Severity.WARNING, f.file(), f.at(),
                        f.message() + " (assuming the bundle is " + inferred.assumed() + ")", HINT));
                continue;
            }
            String named = namedByCommands(inferred, f);
            String bundle = " (the bundle is " + inferred.assumed();
            findings.set(i, named == null
                    ? new Finding(f.rule(), f.severity(), f.file(), f.at(), f.message() + bundle + ")",
                            "add the script to what the artifact selects, or correct the path (relative to the"
                                    + " bundle root, case-sensitive)")
                    : new Finding(f.rule(), Severity.WARNING, f.file(), f.at(), f.message() + bundle
                            + "; its commands name '" + named + "', so the build may make it)", HINT));
        }
    }

    /** The script's file name or first folder when one of the build's commands names it, else null. */
    private static String namedByCommands(Inferred inferred, Finding finding) {
        for (BundleContext.ScriptFile script : inferred.context().scripts()) {
            if (script.path() == null || !script.location().start().equals(finding.at())) {
                continue;
            }
            String path = script.path();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            String folder = path.indexOf('/') > 0 ? path.substring(0, path.indexOf('/')) : null;
            for (String command : inferred.artifact().commands()) {
                if (command.contains(fileName)) {
                    return fileName;
                }
                if (folder != null && command.contains(folder)) {
                    return folder;
                }
            }
        }
        return null;
    }

    private static long missingScripts(BundleContext context) {
        return context.scripts().stream().filter(s -> s.kind() == BundleTree.Kind.MISSING).count();
    }

    /** The nearest folder at or above {@code folder} that holds {@code .git}, or null. */
    static Path repositoryRoot(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return at;
            }
        }
        return null;
    }
}
