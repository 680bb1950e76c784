package dev.codestages.api;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays engine work (a start, a decision, a retry) on its own thread, as CodePipeline goes on with an
 * execution after the API call that started or continued it has answered. The call waits only until the
 * store shows what it changed (the new execution, the decision), so that the next request reads it; an error
 * the engine raises before that becomes the call's answer.
 */
final class BackgroundPlay {

    /** Engine work. */
    interface Work {
        void run() throws IOException, InterruptedException;
    }

    /** Whether the store shows the change yet. */
    interface Shown {
        boolean test() throws IOException;
    }

    /** How long a call waits for the store, at most, when another command holds the store's lock. */
    private static final long MAX_WAIT_MILLIS = 30_000;

    private BackgroundPlay() {
    }

    /**
     * Starts {@code work} and waits until {@code shown} holds or the work ended.
     *
     * @param errorType the service's error type for an engine refusal (ValidationException, ...)
     */
    static void start(String threadName, Work work, Shown shown, String errorType) throws AwsApiError {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        try {
            while (System.nanoTime() < deadline) {
                try {
                    done.get(25, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException e) {
                    if (shown.test()) {
                        return;
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException || cause instanceof IllegalArgumentException) {
                throw AwsApiError.refused((Exception) cause, errorType);
            }
            throw new AwsApiError("InternalFailure", String.valueOf(cause), 500);
        } catch (IOException e) {
            throw new AwsApiError("InternalFailure", "cannot read the execution store: " + e.getMessage(), 500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsApiError("InternalFailure", "interrupted", 500);
        }
    }
}
