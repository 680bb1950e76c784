package dev.codestages.buildspec;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files an {@link ArtifactDefinition} takes from a build folder on disk, and their names in the
 * zip: every file below the folder goes through the definition's one selection algorithm
 * ({@link ArtifactDefinition#artifactPath}). A later file with the same name (after discard-paths)
 * replaces an earlier one. Symbolic links are not followed out of the folder, and {@code .git} is
 * never taken.
 */
public final class ArtifactSelection {

    /** One file of the artifact: where it is and its name inside the zip. */
    public record Entry(Path file, String name) {
    }

    private ArtifactSelection() {
    }

    /** The files the definition selects under {@code buildRoot}, in a stable order. */
    public static List<Entry> select(ArtifactDefinition definition, Path buildRoot) throws IOException {
        Path root = buildRoot.toRealPath();
        Path start = root;
        ArtifactGlob base = definition.baseDirectory();
        if (base != null && !base.hasWildcard()) {
            // a literal base directory: walk only it (the names are still taken relative to the root)
            start = root.resolve(base.text().trim().replace('\\', '/')).normalize();
            if (!start.startsWith(root) || !Files.isDirectory(start)) {
                return List.of();
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String relative : walk(start, root)) {
            String name = definition.artifactPath(relative);
            if (name != null) {
                entries.remove(name);
                entries.put(name, new Entry(root.resolve(relative), name));
            }
        }
        return List.copyOf(entries.values());
    }

    /** Every file under {@code folder} (without {@code .git}), under its relative name: a source artifact. */
    public static List<Entry> everything(Path folder) throws IOException {
        Path root = folder.toRealPath();
        List<Entry> entries = new ArrayList<>();
        for (String relative : walk(root, root)) {
            entries.add(new Entry(root.resolve(relative), relative));
        }
        return entries;
    }

    /**
     * Every regular file below {@code start}, relative to {@code root}, never leaving {@code root}
     * through a link.
     */
    private static List<String> walk(Path start, Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(start)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    files.add(root.relativize(file).toString().replace('\\', '/'));
                } else if (attrs.isSymbolicLink() && Files.isRegularFile(file)
                        && file.toRealPath().startsWith(root)) {
                    files.add(root.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
