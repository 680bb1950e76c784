package dev.codestages.lint;

/** A file that was linted: its path as the user gave it (or as found under a folder) and its kind. */
public record LintedFile(String path, FileKind kind) {
}
