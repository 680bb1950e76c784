package dev.codestages.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A listener that keeps every event as a line, for assertions. */
public final class RecordingListener implements RunListener {

    public final List<String> events = new ArrayList<>();
    public final List<String> output = new ArrayList<>();
    /** The duration each step reported when it ended, by step. */
    public final Map<String, Long> durations = new LinkedHashMap<>();

    @Override
    public synchronized void started(String step) {
        events.add("start " + step);
    }

    @Override
    public synchronized void output(String step, String line) {
        output.add(step + "| " + line);
    }

    @Override
    public synchronized void note(String step, String message) {
        events.add("note " + step + ": " + message);
    }

    @Override
    public synchronized void finished(String step, StepStatus status, long durationMs) {
        events.add("end " + step + " " + status);
        durations.put(step, durationMs);
    }

    public List<String> outputOf(String step) {
        return output.stream().filter(l -> l.startsWith(step + "| ")).map(l -> l.substring(step.length() + 2))
                .filter(l -> !l.startsWith("$ ")).toList();
    }
}
