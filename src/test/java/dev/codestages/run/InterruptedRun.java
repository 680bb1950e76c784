package dev.codestages.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Runs work on a thread of its own and interrupts it once a command of it has created a marker file. */
final class InterruptedRun {

    private InterruptedRun() {
    }

    /** What {@code work} threw, or null when it returned, interrupted as soon as {@code started} exists. */
    static Throwable interruptOnce(Path started, Callable<?> work) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread running = new Thread(() -> {
            try {
                work.call();
            } catch (Exception e) {
                thrown.set(e);
            }
        });
        running.start();
        while (!Files.exists(started) && running.isAlive()) {
            Thread.sleep(50);
        }
        running.interrupt();
        running.join();
        return thrown.get();
    }
}
