package dev.codestages.bundle;

import dev.codestages.appspec.Appspec;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundle of an AppSpec when no {@code --bundle} names it: the folder where the AppSpec's paths
 * resolve, its own folder first, then the root of the repository it sits in (the folder holding
 * {@code .git}), because an AppSpec kept in {@code deploy/} or {@code aws/} usually names paths of a bundle
 * the build assembles from the repository. The bundle is then an assumption, so a script reported missing
 * (BN001) is a warning that names the folder assumed and {@code --bundle}, not an error.
 */
final class InferredBundle {

    private static final String SCRIPT_MISSING = "BN001";

    private InferredBundle() {
    }

    /** An AppSpec in the bundle inferred for it, and which folder that is, in words. */
    record Inferred(BundleContext context, String assumed) {
    }

    /**
     * The AppSpec in the inferred bundle: its own folder, unless the repository root resolves more scripts.
     * In the repository's case the AppSpec still counts as at the bundle root, where the build puts it.
     */
    static Inferred of(Appspec appspec, Path appspecFile) {
        Path own = appspecFile.getParent() != null ? appspecFile.getParent() : Path.of("").toAbsolutePath();
        String fileName = appspecFile.getFileName().toString();
        BundleContext inOwnFolder = new BundleContext(appspec, new DiskBundle(own), fileName, fileName);
        long missing = missingScripts(inOwnFolder);
        Path repository = repositoryRoot(own);
        Inferred ownFolder = new Inferred(inOwnFolder, "the AppSpec's own folder");
        if (missing == 0 || repository == null || repository.equals(own)) {
            return ownFolder;
        }
        BundleContext inRepository = new BundleContext(appspec, new DiskBundle(repository), fileName, fileName);
        return missingScripts(inRepository) < missing
                ? new Inferred(inRepository, "the repository root " + repository.getFileName()) : ownFolder;
    }

    /** Turns the BN001 findings added from {@code from} on into warnings that name the assumption. */
    static void soften(Inferred inferred, List<Finding> findings, int from) {
        String assumed = inferred.assumed();
        for (int i = from; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.rule().equals(SCRIPT_MISSING)) {
                findings.set(i, new Finding(f.rule(), Severity.WARNING, f.file(), f.at(),
                        f.message() + " (assuming the bundle is " + assumed + ")",
                        "name the revision bundle with --bundle DIR to check it for sure"));
            }
        }
    }

    private static long missingScripts(BundleContext context) {
        return context.scripts().stream().filter(s -> s.kind() == BundleTree.Kind.MISSING).count();
    }

    private static Path repositoryRoot(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return at;
            }
        }
        return null;
    }
}
