package dev.codestages.engine;

import dev.codestages.pipeline.Status;
import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;

/**
 * A {@link RunListener} that also hears the engine's own status words, which a {@link StepStatus} cannot
 * carry (an action left InProgress at an approval, a Stubbed one). By default each end is passed on as the
 * nearest step status, so any run listener can watch an execution.
 */
public interface EngineListener extends RunListener {

    /** A stage or an action ({@code Stage/Action}) ends with {@code status}. */
    default void ended(String step, Status status, long durationMs) {
        StepStatus nearest = status == Status.SUCCEEDED ? StepStatus.SUCCEEDED
                : status == Status.FAILED ? StepStatus.FAILED : StepStatus.SKIPPED;
        finished(step, nearest, durationMs);
    }

    /** Wraps a plain run listener. */
    static EngineListener of(RunListener listener) {
        if (listener instanceof EngineListener engine) {
            return engine;
        }
        return new EngineListener() {
            @Override
            public void started(String step) {
                listener.started(step);
            }

            @Override
            public void output(String step, String line) {
                listener.output(step, line);
            }

            @Override
            public void note(String step, String message) {
                listener.note(step, message);
            }

            @Override
            public void finished(String step, StepStatus status, long durationMs) {
                listener.finished(step, status, durationMs);
            }
        };
    }
}
