package dev.codestages.lint;

import java.util.Locale;

/** What a linted file is. The lower-case name is what the JSON report and {@code --type} use. */
public enum FileKind {
    BUILDSPEC, APPSPEC, PIPELINE, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@code --type} value; null when it names no kind. */
    public static FileKind fromLabel(String label) {
        for (FileKind kind : values()) {
            if (kind != UNKNOWN && kind.label().equals(label)) {
                return kind;
            }
        }
        return null;
    }
}
