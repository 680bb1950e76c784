package dev.codestages.lint;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to lint: where it is, how to name it in findings, and its kind when the user forced one
 * ({@code --type}); a null kind means "detect it".
 */
public record SpecFile(Path path, String displayPath, FileKind forcedKind) {

    public static SpecFile of(Path path) {
        return new SpecFile(path, path.toString(), null);
    }

    // Written out because the CLI puts every file in a set: a record's generated equals and hashCode
    // bootstrap through method handles on first use, about 20 ms of a one-file lint's cold start.
    @Override
    public boolean equals(Object other) {
        return other instanceof SpecFile that && path.equals(that.path) && displayPath.equals(that.displayPath)
                && forcedKind == that.forcedKind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, displayPath, forcedKind);
    }
}
