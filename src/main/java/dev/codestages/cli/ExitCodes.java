package dev.codestages.cli;

/** The exit codes of every command, as DESIGN.md fixes them. */
final class ExitCodes {

    /** Nothing at or above the threshold; a run that succeeded. */
    static final int OK = 0;
    /** Findings at or above {@code --fail-on}; a run that failed or was rejected. */
    static final int FINDINGS = 1;
    /** A usage error, or a path that cannot be read. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
