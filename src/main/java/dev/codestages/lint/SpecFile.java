package dev.codestages.lint;

import java.nio.file.Path;

/**
 * A file to lint: where it is, how to name it in findings, and its kind when the user forced one
 * ({@code --type}); a null kind means "detect it".
 */
public record SpecFile(Path path, String displayPath, FileKind forcedKind) {

    public static SpecFile of(Path path) {
        return new SpecFile(path, path.toString(), null);
    }
}
