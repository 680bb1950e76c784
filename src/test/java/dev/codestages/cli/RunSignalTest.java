package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@code codestages run} as its own JVM, stopped by a signal while a build command runs: SIGINT
 * (Ctrl-C) or SIGTERM ({@code kill}) ends it with the signal's exit status, and the command and the
 * background process it started (in a session of their own, so the signal never reaches them) are gone,
 * and the execution's state says Stopped, the build Abandoned.
 */
class RunSignalTest {

    @TempDir
    Path temp;

    private void run(Path dir, String... command) throws Exception {
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(git.waitFor()).as(String.join(" ", command)).isZero();
    }

    private Path repository(Path shellPid, Path sleepPid) throws Exception {
        Path repo = Files.createDirectories(temp.resolve("app"));
        Files.writeString(repo.resolve("buildspec.yml"), """
                version: 0.2
                phases:
                  build:
                    commands:
                      - echo $$ > '%s'; sleep 600 & echo $! > '%s'; wait
                """.formatted(shellPid, sleepPid), StandardCharsets.UTF_8);
        run(repo, "git", "init", "-q", "-b", "main");
        run(repo, "git", "add", "-A");
        run(repo, "git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "sleep");
        return repo;
    }

    private static ProcessHandle awaitPid(Path file, Process cli) throws Exception {
        while (true) {
            String text = Files.exists(file) ? Files.readString(file).strip() : "";
            if (!text.isEmpty()) {
                return ProcessHandle.of(Long.parseLong(text)).orElseThrow();
            }
            assertThat(cli.isAlive()).as("codestages run ended before the build command started").isTrue();
            Thread.sleep(50);
        }
    }

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSignalStopsTheRunAndEveryProcessItsBuildStarted(String signal, int exitStatus) throws Exception {
        // a background job of a shell without job control starts with SIGINT ignored, passes that on, and
        // the JVM then never hears Ctrl-C: nothing codestages can change, so the INT case needs a terminal's run
        assumeFalse(signal.equals("INT") && ignoresSigint(), "SIGINT is ignored by this test's process (started in"
                + " the background by a shell), so its children cannot receive it");
        Path shellPid = temp.resolve("shell.pid");
        Path sleepPid = temp.resolve("sleep.pid");
        Path repo = repository(shellPid, sleepPid);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Codestages.class.getName(), "run", "--approve",
                repo.toString()));
        Process cli = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("output.txt").toFile()).redirectInput(new File("/dev/null")).start();
        ProcessHandle shell = awaitPid(shellPid, cli);
        ProcessHandle sleep = awaitPid(sleepPid, cli);

        run(temp, "kill", "-" + signal, Long.toString(cli.pid()));

        assertThat(cli.waitFor()).as(Files.readString(temp.resolve("output.txt"))).isEqualTo(exitStatus);
        shell.onExit().get(60, TimeUnit.SECONDS);
        sleep.onExit().get(60, TimeUnit.SECONDS);
        assertThat(shell.isAlive()).isFalse();
        assertThat(sleep.isAlive()).isFalse();
        // the execution's state says what happened: Stopped, the build Abandoned, never still InProgress
        Path state;
        try (var executions = Files.list(repo.resolve(".codestages/executions"))) {
            state = executions.filter(Files::isDirectory).findFirst().orElseThrow().resolve("state.json");
        }
        String json = Files.readString(state);
        assertThat(json).contains("\"status\" : \"Stopped\"", "\"status\" : \"Abandoned\"")
                .doesNotContain("\"status\" : \"InProgress\"");
    }

    /** True when this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), as its children then do. */
    private static boolean ignoresSigint() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2) != 0;
            }
        }
        return false;
    }
}
