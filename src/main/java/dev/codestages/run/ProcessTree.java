package dev.codestages.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * A command the runner started, with everything it started in turn, and the way to stop all of it:
 * {@code SIGTERM} to its session's process group and to every descendant, {@link #GRACE} to exit, then
 * {@code SIGKILL}, and a wait until every one of them is gone. The runner starts each command in a session
 * of its own ({@code setsid}), so the group catches background processes whose parent already exited.
 * <p>
 * Every tree still running is known here, so that the CLI can stop them all when the JVM shuts down
 * ({@link #stopAllOnExit()}: Ctrl-C or {@code kill} of {@code codestages run}); after that starts, a new
 * command is stopped as soon as it is registered.
 */
public final class ProcessTree {

    /** How long a tree has between {@code SIGTERM} and {@code SIGKILL}. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** How long to wait for killed processes to be gone (a process in uninterruptible I/O may take a moment). */
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private static final Set<ProcessTree> RUNNING = new LinkedHashSet<>();
    private static boolean stopping;
    private static boolean hookAdded;
    /** Counted down when the run has recorded how it ended, which the shutdown waits for. */
    private static final CountDownLatch RUN_ENDED = new CountDownLatch(1);
    /** How long the shutdown waits for the run to record the stopped steps and write its report. */
    private static final Duration RECORD_WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final boolean ownSession;

    private ProcessTree(Process process, boolean ownSession) {
        this.process = process;
        this.ownSession = ownSession;
    }

    /**
     * Registers a process the runner has just started.
     *
     * @param ownSession true when it was started through {@code setsid}, so its pid is its process group
     * @throws InterruptedException when the JVM is shutting down: the process is stopped at once
     */
    static ProcessTree started(Process process, boolean ownSession) throws InterruptedException {
        ProcessTree tree = new ProcessTree(process, ownSession);
        boolean refused;
        synchronized (RUNNING) {
            refused = stopping;
            if (!refused) {
                RUNNING.add(tree);
            }
        }
        if (refused) {
            tree.stop();
            throw new InterruptedException("codestages is shutting down; the command was stopped");
        }
        return tree;
    }

    /** Forgets a tree whose process has exited (or has been stopped). */
    void finished() {
        synchronized (RUNNING) {
            RUNNING.remove(this);
        }
    }

    /**
     * Stops the tree: {@code SIGTERM}, {@link #GRACE} to exit, {@code SIGKILL}, and waits until every
     * process of it is gone. If this thread is interrupted meanwhile, it goes straight to {@code SIGKILL}
     * and keeps the interrupt for its caller.
     */
    void stop() {
        List<ProcessHandle> members = members();
        signal("-TERM");
        members.forEach(ProcessHandle::destroy);
        boolean interrupted = false;
        try {
            if (awaitExit(members, GRACE)) {
                return;
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        kill(members);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the tree at once ({@code SIGKILL}), as at a command's time limit, and waits until it is gone. */
    void kill() {
        kill(members());
    }

    private void kill(List<ProcessHandle> members) {
        signal("-KILL");
        members.forEach(ProcessHandle::destroyForcibly);
        boolean interrupted = Thread.interrupted();
        try {
            awaitExit(members, KILL_WAIT);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The process and its descendants, the process last (a parent should not outlive its children's signal). */
    private List<ProcessHandle> members() {
        List<ProcessHandle> members = new ArrayList<>(process.descendants().toList());
        members.add(process.toHandle());
        return members;
    }

    /** Sends a signal to the whole process group of the session, background processes included. */
    private void signal(String signal) {
        if (!ownSession) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            new ProcessBuilder("kill", signal, "--", "-" + process.pid()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command: the handles the caller signals next still reach every descendant it saw
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(List<ProcessHandle> members, Duration limit) throws InterruptedException {
        CompletableFuture<?>[] exits = members.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return members.stream().noneMatch(ProcessHandle::isAlive);
        }
    }

    /**
     * Stops every tree still running, and every command started from now on; for the JVM's shutdown
     * (the CLI's hook), where no thread is left to do it.
     */
    public static void stopAll() {
        List<ProcessTree> trees;
        synchronized (RUNNING) {
            stopping = true;
            trees = new ArrayList<>(RUNNING);
            RUNNING.clear();
        }
        trees.forEach(ProcessTree::stop);
    }

    /** True once the JVM's shutdown has begun stopping commands: what runs now was interrupted. */
    public static boolean stopping() {
        synchronized (RUNNING) {
            return stopping;
        }
    }

    /**
     * Says that the run has ended and recorded how (its report written), so that a shutdown waiting
     * for it may finish. The CLI calls it however the run ends.
     */
    public static void runEnded() {
        RUN_ENDED.countDown();
    }

    /**
     * Makes the JVM's shutdown (SIGINT, SIGTERM, {@code System.exit}) stop every command still running,
     * as {@link #stopAll()} does. Without it, the commands, each in a session of its own, would not get the
     * terminal's Ctrl-C and would run on after codestages is gone. The shutdown then waits (at most
     * {@link #RECORD_WAIT}) until the run has recorded the stopped steps and written its report
     * ({@link #runEnded()}): the JVM would otherwise halt in the middle of it. Idempotent.
     */
    /**
     * Runs a command that starts processes (run, approve, reject): Ctrl-C or kill stops them, and the JVM
     * waits until the command has recorded the stopped steps, which it has done when {@code run} returns.
     */
    public static int stoppingOnExit(IntSupplier run) {
        stopAllOnExit();
        try {
            return run.getAsInt();
        } finally {
            runEnded();
        }
    }

    public static void stopAllOnExit() {
        synchronized (RUNNING) {
            if (hookAdded) {
                return;
            }
            hookAdded = true;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            try {
                RUN_ENDED.await(RECORD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "codestages-stop-commands"));
    }
}
