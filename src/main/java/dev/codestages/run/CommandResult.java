package dev.codestages.run;

/** What one command did: its text, exit code (-1 when it could not start or was killed) and time. */
public record CommandResult(String command, int exitCode, long durationMs) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
