package dev.codestages.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@value SpecFinder#IGNORE_MARKER} file: the patterns of the paths below its folder that
 * {@link SpecFinder} passes by, written as in {@code .gitignore} (a subset): blank lines and {@code #}
 * comments are skipped; a pattern without a slash matches a name at any depth, one with a slash at the
 * start or in the middle matches the path from the file's folder; a final slash matches folders only;
 * {@code !} takes a path back; the last matching pattern wins; {@code *}, {@code ?}, {@code [a-z]} and
 * {@code **} are globs. A file with no pattern at all ignores its whole folder, as before patterns existed.
 */
final class IgnoreFile {

    private final Path folder;
    private final List<Pattern> patterns;

    private IgnoreFile(Path folder, List<Pattern> patterns) {
        this.folder = folder;
        this.patterns = patterns;
    }

    /** The ignore file of {@code folder}, or null when it has none. An unreadable one ignores the folder. */
    static IgnoreFile of(Path folder) {
        Path file = folder.resolve(SpecFinder.IGNORE_MARKER);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<Pattern> patterns = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Pattern pattern = Pattern.parse(line.strip());
                if (pattern != null) {
                    patterns.add(pattern);
                }
            }
        } catch (IOException | RuntimeException e) {
            patterns.clear(); // unreadable or not text: ignore the folder, the safe reading of an ignore file
        }
        return new IgnoreFile(folder, patterns);
    }

    /** True when the file holds no pattern, so its whole folder is ignored. */
    boolean ignoresFolder() {
        return patterns.isEmpty();
    }

    /** True when {@code path}, below this file's folder, is ignored. */
    boolean ignores(Path path, boolean isFolder) {
        Path relative = folder.relativize(path);
        boolean ignored = false;
        for (Pattern pattern : patterns) {
            if (pattern.matches(relative, isFolder)) {
                ignored = !pattern.negated;
            }
        }
        return ignored;
    }

    private record Pattern(PathMatcher matcher, boolean anchored, boolean foldersOnly, boolean negated) {

        static Pattern parse(String line) {
            if (line.isEmpty() || line.startsWith("#")) {
                return null;
            }
            boolean negated = line.startsWith("!");
            String text = negated ? line.substring(1) : line;
            boolean foldersOnly = text.endsWith("/");
            text = foldersOnly ? text.substring(0, text.length() - 1) : text;
            boolean anchored = text.contains("/");
            text = text.startsWith("/") ? text.substring(1) : text;
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new Pattern(FileSystems.getDefault().getPathMatcher("glob:" + text), anchored, foldersOnly,
                        negated);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        boolean matches(Path relative, boolean isFolder) {
            if (foldersOnly && !isFolder) {
                return false;
            }
            Path name = relative.getFileName();
            return anchored ? matcher.matches(relative) : name != null && matcher.matches(name);
        }
    }
}
