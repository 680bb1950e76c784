package dev.codestages.lint;

import java.util.Locale;

/**
 * What a placeholder in a spec file means to a team ({@code placeholders:} in the configuration file):
 * a {@code warning} by default, because many repositories keep specs that a script fills in before
 * deployment; an {@code error} for teams that lint the rendered files, where a placeholder left over is a
 * mistake; {@code ignore} to report nothing on a placeholder value at all.
 */
public enum PlaceholderPolicy {
    ERROR, WARNING, IGNORE;

    /** Parses {@code error}, {@code warning} or {@code ignore}. */
    public static PlaceholderPolicy fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
