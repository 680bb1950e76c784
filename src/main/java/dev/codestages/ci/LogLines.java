package dev.codestages.ci;

import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns what the runner reports into plain lines for a CI build log: command output as it comes,
 * the runner's own lines marked {@code [codestages]} with the phase or lifecycle event they belong to.
 * The Jenkins steps create it on the agent, writing to the build's log stream.
 */
public final class LogLines implements RunListener {

    private final Consumer<String> out;

    public LogLines(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void started(String step) {
        out.accept("[codestages] " + step + ": started");
    }

    @Override
    public void output(String step, String line) {
        out.accept(line);
    }

    @Override
    public void note(String step, String message) {
        out.accept("[codestages] " + step + ": " + message);
    }

    @Override
    public void finished(String step, StepStatus status, long durationMs) {
        out.accept("[codestages] " + step + ": " + status.label() + " in " + duration(durationMs));
    }

    static String duration(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
