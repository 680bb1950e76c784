package dev.codestages.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * The one clock of the engine: every timestamp an execution records and every wait it makes (an
 * approval's timeout, a deployment's traffic steps) goes through it, so {@code --time-scale} can speed
 * a class demo up and tests can move time by hand instead of sleeping. Engine time runs
 * {@code timeScale} times as fast as the wall clock from the moment the clock is made.
 */
public abstract class EngineClock {

    /** The engine's present moment. */
    public abstract Instant now();

    /** Waits {@code duration} of engine time. */
    public abstract void sleep(Duration duration) throws InterruptedException;

    /** The wall clock, sped up {@code timeScale} times (1 = real time). */
    public static EngineClock system(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("the time scale must be a positive number, got " + timeScale);
        }
        return new Scaled(timeScale);
    }

    /** A clock that stands still until {@link Manual#advance} moves it: for tests. */
    public static Manual manual(Instant start) {
        return new Manual(start);
    }

    private static final class Scaled extends EngineClock {
        private final double scale;
        private final Instant origin = Instant.now();
        private final long originNanos = System.nanoTime();

        Scaled(double scale) {
            this.scale = scale;
        }

        @Override
        public Instant now() {
            long elapsed = System.nanoTime() - originNanos;
            return origin.plusNanos((long) (elapsed * scale));
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            long nanos = (long) (duration.toNanos() / scale);
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    }

    /** A hand-moved clock: {@link #sleep} returns once another thread has advanced it far enough. */
    public static final class Manual extends EngineClock {
        private Instant now;

        Manual(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant now() {
            return now;
        }

        public synchronized void advance(Duration duration) {
            now = now.plus(duration);
            notifyAll();
        }

        @Override
        public synchronized void sleep(Duration duration) throws InterruptedException {
            Instant until = now.plus(duration);
            while (now.isBefore(until)) {
                wait();
            }
        }
    }
}
