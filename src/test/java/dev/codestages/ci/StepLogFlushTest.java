package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that {@link WorkspaceBuild} and {@link WorkspaceDeploy} leave nothing in a buffered log stream
 * (like Jenkins' delay-buffered agent log) when they return or throw: on success, on failure, and on an
 * interrupt, which also stops the running command and what it started.
 */
class StepLogFlushTest {

    @TempDir
    Path temp;

    /** What reached the far side of the log; a 64 KiB buffer in between holds everything back until a flush. */
    private final ByteArrayOutputStream delivered = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(new BufferedOutputStream(delivered, 64 * 1024), false,
            StandardCharsets.UTF_8);

    private String delivered() {
        return delivered.toString(StandardCharsets.UTF_8);
    }

    private Path workspace(String buildspec) throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Files.writeString(workspace.resolve("buildspec.yml"), buildspec);
        return workspace;
    }

    private static String buildspec(String command) {
        return "version: 0.2\nphases:\n  build:\n    commands:\n      - " + command + "\n";
    }

    private void build(Path workspace) throws IOException, InterruptedException {
        WorkspaceBuild.run(workspace, "buildspec.yml", temp.resolve("ws@tmp"), Map.of(), log);
    }

    private Path bundle(String validate) throws IOException {
        Path bundle = Files.createDirectories(temp.resolve("ws/bundle"));
        Files.createDirectories(bundle.resolve("scripts"));
        Files.writeString(bundle.resolve("scripts/validate.sh"), "#!/bin/sh\n" + validate + "\n");
        Files.writeString(bundle.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                hooks:
                  ValidateService:
                    - location: scripts/validate.sh
                      timeout: 600
                """);
        return temp.resolve("ws");
    }

    private void deploy(Path workspace) throws IOException, InterruptedException {
        WorkspaceDeploy.deploy(workspace, "bundle", "instance", true, Map.of(), log);
    }

    /** Runs the work on another thread, interrupts it once the pid file appears, and returns what it threw. */
    private Throwable interrupted(Path pidFile, Work work) throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread step = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "step");
        step.start();
        ProcessHandle command = awaitPid(pidFile);
        step.interrupt();
        step.join();
        command.onExit().get(60, TimeUnit.SECONDS);
        assertThat(command.isAlive()).isFalse();
        return thrown.get();
    }

    private static ProcessHandle awaitPid(Path file) throws Exception {
        while (true) {
            String text = Files.exists(file) ? Files.readString(file).strip() : "";
            if (!text.isEmpty()) {
                return ProcessHandle.of(Long.parseLong(text)).orElseThrow();
            }
            Thread.sleep(20);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    @Test
    void aGreenBuildsLogIsDeliveredWhenItReturns() throws Exception {
        build(workspace(buildspec("echo compiled")));
        assertThat(delivered()).contains("compiled\n", "[codestages] build: started");
    }

    @Test
    void aFailedBuildsLastLinesAreDeliveredWhenItReturns() throws Exception {
        build(workspace(buildspec("echo 'the last words'; exit 3")));
        assertThat(delivered()).contains("the last words\n", "[codestages] build: Failed");
    }

    @Test
    void anInterruptedBuildsLogIsDeliveredAndItsCommandIsGone() throws Exception {
        Path pid = temp.resolve("sleep.pid");
        Path workspace = workspace(buildspec("echo 'waiting'; sleep 600 & echo $! > " + pid + "; wait"));
        Throwable thrown = interrupted(pid, () -> build(workspace));
        assertThat(thrown).isInstanceOf(InterruptedException.class);
        assertThat(delivered()).contains("waiting\n", "[codestages] build: started");
    }

    @Test
    void aFailedDeploymentsLogIsDeliveredWhenItReturns() throws Exception {
        deploy(bundle("echo 'validation failed'; exit 4"));
        assertThat(delivered()).contains("validation failed\n", "[codestages] ValidateService: started");
    }

    @Test
    void anInterruptedDeploymentsLogIsDeliveredAndItsHookIsGone() throws Exception {
        Path pid = temp.resolve("hook.pid");
        Path workspace = bundle("echo 'validating'; echo $$ > " + pid + "; sleep 600");
        Throwable thrown = interrupted(pid, () -> deploy(workspace));
        assertThat(thrown).isInstanceOf(InterruptedException.class);
        assertThat(delivered()).contains("validating\n", "[codestages] ValidateService: started");
    }
}
