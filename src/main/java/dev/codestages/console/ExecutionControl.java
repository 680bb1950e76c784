package dev.codestages.console;

import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.EngineClock;
import dev.codestages.engine.EngineListener;
import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.ExecutionState;
import dev.codestages.run.StepStatus;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What the page's buttons do, through the same engine methods the CLI commands call: "Release change" is
 * {@code run} ({@link ExecutionEngine#start}), Approve and Reject are {@code approve}/{@code reject}
 * ({@link ExecutionEngine#decide}). Each runs on a background thread of the console, as a command in
 * another terminal would: the engine takes the store's lock, plays, and writes every state to the store,
 * where the page sees it. Without a terminal an approval waits, as it does for {@code run}.
 */
final class ExecutionControl implements AutoCloseable {

    /** Work that plays an execution and may fail with a message for the page. */
    interface Play {
        ExecutionState play(ExecutionEngine engine) throws IOException, InterruptedException;
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
    CompletableFuture<ExecutionState> release() {
        return submit(engine -> engine.start(project.pipeline(), project.setup(), Map.of()));
    }

    /** Decides a waiting approval ({@code step} as Stage/Action, null for the only one) and plays on. */
    CompletableFuture<ExecutionState> decide(String executionId, String step, ApprovalDecider.Decision decision,
                                             String comment) {
        return submit(engine -> engine.decide(executionId, step, decision, comment));
    }

    /** Plays {@code work} with a fresh engine on a background thread. */
    CompletableFuture<ExecutionState> submit(Play work) {
        CompletableFuture<ExecutionState> result = new CompletableFuture<>();
        threads.submit(() -> {
            try {
                ExecutionEngine engine = new ExecutionEngine(project.storeDir(), EngineClock.system(1), QUIET, Map.of(),
                        ApprovalDecider.PENDING);
                // Ctrl-C of the console ends what it plays Stopped, as it does for run
                engine.stopOnExit();
                result.complete(work.play(engine));
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
