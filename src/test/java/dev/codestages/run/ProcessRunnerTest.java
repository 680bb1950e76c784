package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link ProcessRunner}: an interrupt of the waiting thread stops the command and all it started. */
class ProcessRunnerTest {

    @TempDir
    Path temp;

    /** Runs the script on another thread, as Jenkins' step thread would, and returns that thread. */
    private Thread start(String script, AtomicReference<Throwable> thrown) {
        Thread runner = new Thread(() -> {
            try {
                ProcessRunner.run(List.of("bash", "-c", script), temp, Map.of(), null, line -> { });
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "step");
        runner.start();
        return runner;
    }

    /** Waits (without a wall-clock assertion: the test times out on its own if it never comes) for a pid file. */
    static ProcessHandle awaitPid(Path file) throws Exception {
        while (true) {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    return ProcessHandle.of(Long.parseLong(text)).orElseThrow();
                }
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the process is gone; reaped by its parent, or reparented and reaped by init. */
    static void awaitGone(ProcessHandle process) throws Exception {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        exit.get(60, TimeUnit.SECONDS);
    }

    @Test
    void anInterruptKillsTheCommandAndTheProcessesItStartedAndIsPassedOn() throws Exception {
        Path shellPid = temp.resolve("shell.pid");
        Path sleepPid = temp.resolve("sleep.pid");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread runner = start("echo $$ > shell.pid; sleep 600 & echo $! > sleep.pid; wait", thrown);
        ProcessHandle shell = awaitPid(shellPid);
        ProcessHandle sleep = awaitPid(sleepPid);

        runner.interrupt();
        runner.join();

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        awaitGone(shell);
        awaitGone(sleep);
        assertThat(shell.isAlive()).isFalse();
        assertThat(sleep.isAlive()).isFalse();
    }

    @Test
    void aCommandThatIgnoresTermIsKilledAfterTheGracePeriod() throws Exception {
        Path shellPid = temp.resolve("shell.pid");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread runner = start("trap '' TERM; echo $$ > shell.pid; while true; do sleep 1; done", thrown);
        ProcessHandle shell = awaitPid(shellPid);

        runner.interrupt();
        runner.join();

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        // the runner returns only once the tree is gone
        assertThat(shell.isAlive()).isFalse();
    }

    @Test
    void aHugeLineWithoutNewlineIsKeptOnlyUpToTheLimitAndTheRestCounted() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        int code = ProcessRunner.run(List.of("bash", "-c", "head -c 3000000 /dev/zero | tr '\\0' a; echo; echo next"),
                temp, Map.of(), null, lines::add);

        assertThat(code).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("a".repeat(ProcessRunner.MAX_LINE))
                .endsWith("a ... (" + (3_000_000 - ProcessRunner.MAX_LINE) + " more characters not kept)");
        assertThat(lines.get(1)).isEqualTo("next");
    }

    @Test
    void linesEndAtNewlineCarriageReturnOrBoth() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        ProcessRunner.run(List.of("printf", "one\\ntwo\\r\\nthree\\rfour"), temp, Map.of(), null, lines::add);

        assertThat(lines).containsExactly("one", "two", "three", "four");
    }

    @Test
    void anInterruptThatLandsWhileTheOutputFileIsOpenedStopsTheCommandThatAlreadyRuns() throws Exception {
        String marker = "600." + ProcessHandle.current().pid();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread step = new Thread(() -> {
            // interrupted before the run: the process starts, then opening its output file meets the interrupt
            Thread.currentThread().interrupt();
            try {
                ProcessRunner.run(List.of("sleep", marker), temp, Map.of(), java.time.Duration.ofMinutes(10),
                        temp.resolve("out.log"), line -> { });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        step.start();
        step.join();

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(arguments -> List.of(arguments).contains(marker)).orElse(false))
                .filter(ProcessHandle::isAlive)).isEmpty();
    }
}
