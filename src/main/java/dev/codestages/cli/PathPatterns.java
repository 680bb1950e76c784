package dev.codestages.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns given as paths ({@code lint 'ci/*.yml' '**}{@code /buildspec*.yml'}), expanded here as a
 * shell would, for shells that do not (Windows, a quoted argument, a CI step's list): {@code *} and
 * {@code ?} stay in one folder, {@code **} crosses folders, {@code [abc]} and {@code {a,b}} as in
 * {@link java.nio.file.FileSystem#getPathMatcher}. A path that exists is never a pattern, whatever its
 * characters. The walk starts at the pattern's fixed folders and does not follow links.
 */
final class PathPatterns {

    private PathPatterns() {
    }

    /** {@code given} itself when it exists or holds no pattern; else the files it matches, sorted. */
    static List<Path> expand(Path workingDirectory, Path given) throws UsageError {
        String text = given.toString();
        if (!isPattern(text) || Files.exists(workingDirectory.resolve(given))) {
            return List.of(given);
        }
        Path base = base(given);
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + text.replace('\\', '/'));
        } catch (IllegalArgumentException e) {
            throw new UsageError("'" + text + "' is not a valid glob pattern");
        }
        List<Path> matches = new ArrayList<>();
        Path start = workingDirectory.resolve(base);
        if (Files.isDirectory(start)) {
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        Path relative = base.resolve(start.relativize(file));
                        if (attrs.isRegularFile() && matcher.matches(relative)) {
                            matches.add(relative);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UsageError("cannot search '" + base + "' for '" + text + "'");
            }
        }
        if (matches.isEmpty()) {
            throw new UsageError("no file matches '" + text + "'");
        }
        matches.sort(null);
        return matches;
    }

    /** The folders at the start of {@code given} that hold no pattern character ("" for none). */
    static Path base(Path given) {
        Path base = Path.of("");
        for (Path part : given) {
            if (isPattern(part.toString())) {
                return given.isAbsolute() ? given.getRoot().resolve(base) : base;
            }
            base = base.resolve(part);
        }
        return given.isAbsolute() ? given.getRoot().resolve(base) : base;
    }

    private static boolean isPattern(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0 || text.indexOf('{') >= 0;
    }
}
