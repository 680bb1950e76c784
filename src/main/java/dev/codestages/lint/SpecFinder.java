package dev.codestages.lint;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the spec files under a folder by name, as CodeBuild and CodeDeploy would look for them:
 * {@code buildspec*.yml|yaml} and {@code appspec.yml|yaml|json}. Skips version-control, dependency
 * and build-output folders and does not follow links, so a folder link cannot lead it outside the tree.
 * A folder below the one given that holds a file named {@value #IGNORE_MARKER} is skipped too (the
 * deliberately broken specs of a test suite, say); the folder given itself is always searched.
 */
public final class SpecFinder {

    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            ".codestages", ".idea", ".gradle", "vendor", "__pycache__", ".venv", "venv", "dist");

    /** A file that marks a folder, and everything under it, as not to be searched. */
    public static final String IGNORE_MARKER = ".codestages-ignore";

    private SpecFinder() {
    }

    /**
     * The spec files under {@code folder}, sorted by path. Each display path is {@code folder} joined
     * with the path found under it (without a leading {@code ./} when the folder is {@code .}).
     */
    public static List<SpecFile> find(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                boolean skip = !dir.equals(folder) && name != null
                        && (SKIPPED.contains(name.toString()) || Files.exists(dir.resolve(IGNORE_MARKER)));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && KindDetector.byName(file) != null) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        List<SpecFile> files = new ArrayList<>(found.size());
        boolean here = folder.normalize().toString().isEmpty() || folder.toString().equals(".");
        for (Path file : found) {
            String display = here ? folder.relativize(file).toString() : file.toString();
            files.add(new SpecFile(file, display.replace('\\', '/'), null));
        }
        return files;
    }
}
