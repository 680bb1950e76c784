package dev.codestages.cli;

import java.nio.file.Path;

/**
 * The CLI run in-process one command after another, as a user runs it at a terminal: {@link #execute}
 * returns the exit code, {@link #out} and {@link #err} hold what that command printed. The CLI tests run
 * their commands through this (or {@link CliRun} for one command).
 */
final class CliSession {

    private CliRun last = new CliRun("", "", -1);

    int execute(String... args) {
        last = CliRun.run(Path.of(""), args);
        return last.exit();
    }

    /** What the last command printed on standard output. */
    String out() {
        return last.stdout();
    }

    /** What the last command printed on standard error. */
    String err() {
        return last.stderr();
    }
}
