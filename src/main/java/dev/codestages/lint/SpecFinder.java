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
 */
public final class SpecFinder {

    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            ".codestages", ".idea", ".gradle", "vendor", "__pycache__", ".venv", "venv", "dist");

    private SpecFinder() {
    }

    /**
     * The spec files under {@code folder}, sorted by path. Each display path is {@code folder} joined
     * with the path found under it (without a leading {@code ./} when the folder is {@code .}).
     */
    public static List<SpecFile> find(Path folder) throws IOException {
        return find(folder, false);
    }

    /**
     * As {@link #find(Path)}; with {@code anyYaml}, every {@code .yml}, {@code .yaml} and {@code .json}
     * file counts, whatever its name (for {@code --type}, which says what the files are).
     */
    public static List<SpecFile> find(Path folder, boolean anyYaml) throws IOException {
        List<Path> found = new ArrayList<>();
        // The folder the user named is followed when it is a link; links below it are not.
        Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                boolean skip = !dir.equals(start) && name != null && SKIPPED.contains(name.toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && (KindDetector.byName(file) != null || anyYaml && isYaml(file))) {
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
        for (Path walked : found) {
            Path file = start == folder ? walked : folder.resolve(start.relativize(walked));
            String display = here ? folder.relativize(file).toString() : file.toString();
            files.add(new SpecFile(file, display.replace('\\', '/'), null));
        }
        return files;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json");
    }
}
