package dev.codestages.console;

import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.EngineClock;
import dev.codestages.engine.EngineListener;
import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.PipelineControl;
import dev.codestages.engine.StageTransitions;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.run.StepStatus;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What the page's buttons do, through the engine's control facade ({@link PipelineControl}) that the CLI
 * commands call too: "Release change" is {@code run} (start), Approve and Reject are {@code approve} and
 * {@code reject}, Retry is {@code retry}, the two stops are {@code stop} and {@code stop --abandon}, and
 * the transition buttons are {@code transition disable|enable}. Each runs on a background thread of the
 * console, as a command in another terminal would: the engine takes the store's lock, plays, and writes
 * every state to the store, where the page sees it. Without a terminal an approval waits, as for {@code run}.
 */
final class ExecutionControl implements AutoCloseable {

    /** One operation of the facade, which may fail with a message for the page. */
    interface Operation<T> {
        T on(PipelineControl control) throws IOException, InterruptedException;
    }

    private final ConsoleProject project;
    private final Consumer<String> problems;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "codestages-console-play");
        thread.setDaemon(true);
        return thread;
    });

    /** @param problems told the message of each operation that failed after its request was answered */
    ExecutionControl(ConsoleProject project, Consumer<String> problems) {
        this.project = project;
        this.problems = problems;
    }

    /** Starts a new execution of the project's pipeline, as {@code codestages run DIR} does. */
    CompletableFuture<Object> release() {
        return submit(control -> control.start(project.pipeline(), project.setup(), Map.of()));
    }

    /** Decides a waiting approval ({@code step} as Stage/Action, null for the only one) and plays on. */
    CompletableFuture<Object> decide(String executionId, String step, ApprovalDecider.Decision decision, String comment) {
        return submit(control -> decision == ApprovalDecider.Decision.APPROVED
                ? control.approve(executionId, step, comment) : control.reject(executionId, step, comment));
    }

    /** Retries a failed or stopped stage: its failed actions, or all of them. */
    CompletableFuture<Object> retry(String executionId, String stage, boolean allActions) {
        return submit(control -> control.retry(executionId, stage, allActions));
    }

    /** Stops an execution: stop and wait, or stop and abandon. */
    CompletableFuture<Object> stop(String executionId, boolean abandon) {
        return submit(control -> control.stop(executionId, abandon, "Stopped from the console"));
    }

    /** Disables the inbound transition of {@code stage}, or enables it and lets the waiting execution in. */
    CompletableFuture<Object> transition(String stage, boolean enable, String reason) {
        return submit(control -> enable ? control.enableTransition(project.pipeline(), stage)
                : control.disableTransition(project.pipeline(), stage, reason));
    }

    /** The inbound transitions of {@code pipeline} as the store keeps them, by stage. */
    Map<String, StageTransitions.Transition> transitions(Pipeline pipeline) throws IOException {
        return new PipelineControl(new ExecutionEngine(project.storeDir(), EngineClock.system(1), QUIET, Map.of(),
                ApprovalDecider.PENDING)).transitions(pipeline);
    }

    /** Runs {@code operation} with a fresh engine on a background thread. */
    private CompletableFuture<Object> submit(Operation<?> operation) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        threads.submit(() -> {
            try {
                ExecutionEngine engine = new ExecutionEngine(project.storeDir(), EngineClock.system(1), QUIET, Map.of(),
                        ApprovalDecider.PENDING);
                // Ctrl-C of the console ends what it plays Stopped, as it does for run
                engine.stopOnExit();
                result.complete(operation.on(new PipelineControl(engine)));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
                problems.accept(e.getMessage());
            } catch (InterruptedException e) {
                result.completeExceptionally(e);
                Thread.currentThread().interrupt();
            }
        });
        return result;
    }

    /** The engine writes each action's output to its log in the store; the page reads it there. */
    private static final EngineListener QUIET = new EngineListener() {
        @Override
        public void started(String step) {
        }

        @Override
        public void output(String step, String line) {
        }

        @Override
        public void note(String step, String message) {
        }

        @Override
        public void finished(String step, StepStatus status, long durationMs) {
        }
    };

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
