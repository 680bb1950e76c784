package dev.codestages.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The glob patterns of a configuration ({@code ignore}, an override's {@code files}), matched against a
 * path relative to the configuration's folder with forward slashes: {@code *} stays in one folder,
 * {@code **} crosses folders, and a pattern that matches a folder matches everything under it
 * ({@code legacy} as {@code legacy/**}). A file outside the configuration's folder matches nothing.
 */
final class PathGlobs {

    private final List<PathMatcher> matchers = new ArrayList<>();

    PathGlobs(List<String> patterns) {
        for (String pattern : patterns) {
            String trimmed = pattern.startsWith("./") ? pattern.substring(2) : pattern;
            trimmed = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed));
        }
    }

    /** A glob that Java cannot compile, described for the user; null when it is fine. */
    static String problem(String pattern) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            return null;
        } catch (IllegalArgumentException e) {
            return "'" + pattern + "' is not a valid glob pattern";
        }
    }

    /** True when {@code relative} (with forward slashes) or a folder above it matches a pattern. */
    boolean matches(String relative) {
        if (relative.isEmpty() || relative.startsWith("../") || relative.equals("..")) {
            return false;
        }
        for (Path path = Path.of(relative); path != null; path = path.getParent()) {
            for (PathMatcher matcher : matchers) {
                if (matcher.matches(path)) {
                    return true;
                }
            }
        }
        return false;
    }
}
