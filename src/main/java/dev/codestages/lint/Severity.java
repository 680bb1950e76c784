package dev.codestages.lint;

import java.util.Locale;

/**
 * How bad a finding is: {@code ERROR} where AWS would reject the file or fail the run,
 * {@code WARNING} where it runs but is very likely wrong or unsafe, {@code INFO} for teaching notes.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in every output format: "error", "warning", "info". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The threshold a fail-on level names (lower case): {@code error}, {@code warning}, {@code info},
     * or {@code never}, which is null: nothing fails.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Severity threshold(String level) {
        switch (level) {
            case "error":
                return ERROR;
            case "warning":
                return WARNING;
            case "info":
                return INFO;
            case "never":
                return null;
            default:
                throw new IllegalArgumentException("not a fail-on level: '" + level + "'");
        }
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
