package dev.codestages.run;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps every event as a line, for assertions. */
final class RecordingListener implements RunListener {

    final List<String> events = new ArrayList<>();
    final List<String> output = new ArrayList<>();

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
    }

    List<String> outputOf(String step) {
        return output.stream().filter(l -> l.startsWith(step + "| ")).map(l -> l.substring(step.length() + 2))
                .filter(l -> !l.startsWith("$ ")).toList();
    }
}
