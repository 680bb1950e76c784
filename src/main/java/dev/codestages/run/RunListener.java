package dev.codestages.run;

/**
 * What the runner tells its watcher while it works: the CLI prints a live view from it, the Jenkins
 * steps write it to the build log, tests record it. Every method has a do-nothing default.
 */
public interface RunListener {

    RunListener SILENT = new RunListener() {
    };

    /** A step (a build phase, a lifecycle event, a stage) starts. */
    default void started(String step) {
    }

    /** One line of output of a command, with the step it belongs to (secrets already masked). */
    default void output(String step, String line) {
    }

    /** A note from the runner itself (what it skipped, why it failed). */
    default void note(String step, String message) {
    }

    /** A step ends. */
    default void finished(String step, StepStatus status, long durationMs) {
    }
}
