package dev.codestages.engine;

import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The listener one action plays with: every event goes to the terminal (or whoever watches) under the
 * action's {@code Stage/Action} prefix, so lines of actions running side by side stay told apart, and to
 * the action's own log file in the store. Output reaches it already masked.
 */
final class ActionLog implements RunListener, AutoCloseable {

    private final String step;
    private final RunListener parent;
    private final BufferedWriter file;

    ActionLog(String step, RunListener parent, Path logFile) throws IOException {
        this.step = step;
        this.parent = parent;
        Files.createDirectories(logFile.getParent());
        this.file = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private String under(String phase) {
        return phase == null || phase.isEmpty() ? step : step + "/" + phase;
    }

    private synchronized void log(String line) {
        try {
            file.write(line);
            file.newLine();
            file.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void started(String phase) {
        log("== " + phase);
        parent.started(under(phase));
    }

    @Override
    public void output(String phase, String line) {
        log(line);
        parent.output(under(phase), line);
    }

    @Override
    public void note(String phase, String message) {
        log("! " + message);
        parent.note(under(phase), message);
    }

    @Override
    public void finished(String phase, StepStatus status, long durationMs) {
        log("== " + phase + ": " + status.label() + " (" + durationMs + " ms)");
        parent.finished(under(phase), status, durationMs);
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }
}
