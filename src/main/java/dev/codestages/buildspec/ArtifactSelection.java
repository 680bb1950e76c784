package dev.codestages.buildspec;

import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
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
import java.util.Optional;

/**
 * Which files an artifact definition ({@code artifacts} or one of its {@code secondary-artifacts})
 * takes from a build folder, and under which name in the zip, as CodeBuild packs them:
 * {@code files} globs relative to {@code base-directory} (whose matched folder itself is not part of
 * the names), minus {@code exclude-paths}, flattened by {@code discard-paths}. A later file with the
 * same flattened name replaces an earlier one. Symbolic links are not followed out of the folder.
 */
public final class ArtifactSelection {

    /** One file of the artifact: where it is and its name inside the zip. */
    public record Entry(Path file, String name) {
    }

    private ArtifactSelection() {
    }

    /** The files the definition selects under {@code buildRoot}, in a stable order. */
    public static List<Entry> select(YamlMapping definition, Path buildRoot) throws IOException {
        Path root = buildRoot.toRealPath();
        List<Path> bases = baseDirectories(definition, root);
        List<ArtifactGlob> includes = globs(definition, "files");
        List<ArtifactGlob> excludes = globs(definition, "exclude-paths");
        boolean discardPaths = flag(definition, "discard-paths");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Path base : bases) {
            for (String relative : walk(base, root)) {
                if (!includedBy(relative, includes) || excludes.stream().anyMatch(g -> g.matches(relative))) {
                    continue;
                }
                String name = discardPaths ? relative.substring(relative.lastIndexOf('/') + 1) : relative;
                entries.remove(name);
                entries.put(name, new Entry(base.resolve(relative), name));
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

    /** True when a file at {@code relative} (to the base directory) is taken by one of the globs. */
    static boolean includedBy(String relative, List<ArtifactGlob> includes) {
        for (ArtifactGlob glob : includes) {
            // a pattern naming a folder takes everything below it
            if (glob.matches(relative) || !glob.hasWildcard() && relative.startsWith(glob.pattern() + "/")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> baseDirectories(YamlMapping definition, Path root) throws IOException {
        Optional<String> base = definition.scalar("base-directory").map(YamlScalar::value);
        if (base.isEmpty()) {
            return List.of(root);
        }
        ArtifactGlob glob = ArtifactGlob.of(base.get());
        if (!glob.hasWildcard()) {
            Path dir = root.resolve(glob.pattern()).normalize();
            return dir.startsWith(root) && Files.isDirectory(dir) ? List.of(dir) : List.of();
        }
        List<Path> matches = new ArrayList<>();
        try (var stream = Files.walk(root, 8)) {
            stream.filter(Files::isDirectory)
                    .filter(d -> !d.equals(root))
                    .filter(d -> glob.matches(root.relativize(d).toString().replace('\\', '/')))
                    .sorted()
                    .forEach(matches::add);
        }
        return matches;
    }

    private static List<ArtifactGlob> globs(YamlMapping definition, String key) {
        return Buildspec.stringItems(definition.get(key)).stream().map(s -> ArtifactGlob.of(s.value())).toList();
    }

    private static boolean flag(YamlMapping definition, String key) {
        return definition.scalar(key).map(s -> s.value().toLowerCase(java.util.Locale.ROOT))
                .filter(v -> v.equals("yes") || v.equals("true") || v.equals("on")).isPresent();
    }

    /** Every regular file below {@code base}, relative to it, never leaving {@code root} through a link. */
    private static List<String> walk(Path base, Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(base)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    files.add(base.relativize(file).toString().replace('\\', '/'));
                } else if (attrs.isSymbolicLink() && Files.isRegularFile(file)
                        && file.toRealPath().startsWith(root)) {
                    files.add(base.relativize(file).toString().replace('\\', '/'));
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
