package dev.codestages.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Runs work on a thread of its own and interrupts it once a command of it has created a marker file. */
final class InterruptedRun {

    private InterruptedRun() {
    }

    /** The result of {@code work}, interrupted as soon as {@code started} exists. */
    static <T> T interruptOnce(Path started, Callable<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        Thread running = new Thread(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        running.start();
        while (!Files.exists(started) && running.isAlive()) {
            Thread.sleep(50);
        }
        running.interrupt();
        running.join();
        return result.get();
    }
}
