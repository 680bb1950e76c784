package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@code retry}, {@code stop}, {@code transition disable|enable} and {@code run --approval-timeout} on
 * the sample app of {@code init} (Source, Build, Approval, Deploy), as a user types them.
 */
class ControlCommandsTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    private Path app() {
        Path app = temp.resolve("app");
        assertThat(cli.execute("init", app.toString())).isEqualTo(0);
        return app;
    }

    private String idIn(String text) {
        return Pattern.compile("Execution ([0-9a-f-]{36})").matcher(text).results().reduce((a, b) -> b).orElseThrow()
                .group(1);
    }

    @Test
    void aDisabledTransitionHoldsARunWithExitThreeAndEnablingItContinuesThatExecution() throws Exception {
        Path app = app();
        assertThat(cli.execute("transition", "disable", "Deploy", app.toString(), "--reason", "manual tests first"))
                .as(cli.err()).isEqualTo(0);

        assertThat(cli.execute("run", app.toString(), "--approve")).as(cli.err()).isEqualTo(3);
        assertThat(cli.err()).contains("waits at the disabled transition into Deploy; continue it with"
                + " 'codestages transition enable Deploy'");
        String id = idIn(cli.out());
        assertThat(cli.out()).contains("Waiting at the disabled transition into Deploy.");

        assertThat(cli.execute("transition", "enable", "Deploy", app.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Execution " + id + " (", "): Succeeded");
        assertThat(app.resolve(".codestages/instances/app/local/i-1/opt/sample-app/app.sh")).exists();
        assertThat(cli.execute("transition", "enable", "Deploy", app.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("no execution waited there");
        assertThat(cli.execute("transition", "disable", "Nowhere", app.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("StageNotFoundException: the pipeline has no stage 'Nowhere'");
    }

    /** A stage holds one execution (SUPERSEDED mode): a second run waits in front of the approval the first waits at. */
    @Test
    void aSecondRunWaitsForTheStageTheFirstHoldsAtItsApprovalAndApprovingTheFirstLetsItIn() throws Exception {
        Path app = app();
        String store = app.resolve(".codestages").toString();
        assertThat(cli.execute("run", app.toString())).isEqualTo(3);
        String first = idIn(cli.out());
        assertThat(cli.execute("run", app.toString())).as(cli.err()).isEqualTo(3);
        String second = idIn(cli.out());
        assertThat(cli.err()).contains("execution " + second + " waits to enter Approval, which another execution"
                + " holds");
        assertThat(cli.out()).contains("Waiting to enter Approval, which execution " + first + " holds");

        assertThat(cli.execute("approve", first, "--store", store)).as(cli.err()).isEqualTo(0);
        assertThat(cli.execute("status", second, "--store", store, "--format", "json")).isEqualTo(0);
        assertThat(cli.out()).contains("\"status\" : \"InProgress\"").doesNotContain("queuedAt");
        assertThat(cli.execute("approve", second, "--store", store)).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Execution " + second + " (", "): Succeeded");
    }

    @Test
    void stopEndsAnExecutionWaitingAtAnApprovalAndAStoppedOneCannotBeStoppedAgain() throws Exception {
        Path app = app();
        String store = app.resolve(".codestages").toString();
        assertThat(cli.execute("run", app.toString())).isEqualTo(3);
        String id = idIn(cli.out());

        assertThat(cli.execute("stop", id, "--store", store, "--reason", "wrong branch")).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Execution " + id + " (", "): Stopped", "Stopped: wrong branch", "Abandoned");

        assertThat(cli.execute("stop", id, "--store", store)).isEqualTo(2);
        assertThat(cli.err()).contains("PipelineExecutionNotStoppableException: execution " + id + " is Stopped");
        assertThat(cli.execute("status", id, "--store", store, "--format", "json")).isEqualTo(0);
        assertThat(cli.out()).contains("\"status\" : \"Stopped\"", "\"statusSummary\" : \"Stopped: wrong branch\"");
    }

    @Test
    void aRetryOfARejectedApprovalAsksAgainAndTheSameExecutionGoesOn() throws Exception {
        Path app = app();
        String store = app.resolve(".codestages").toString();
        assertThat(cli.execute("run", app.toString(), "--reject")).isEqualTo(1);
        String id = idIn(cli.out());

        assertThat(cli.execute("retry", id, "--stage", "Build", "--store", store)).isEqualTo(2);
        assertThat(cli.err()).contains("StageNotRetryableException: stage Build of execution " + id + " is Succeeded");
        assertThat(cli.execute("retry", id, "--stage", "Approval", "--store", store)).as(cli.err()).isEqualTo(3);
        assertThat(cli.err()).contains("waits at Approval/Approve");
        assertThat(cli.execute("approve", id, "--store", store)).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Execution " + id + " (", "): Succeeded");
    }

    @Test
    void approvalTimeoutSetsWhenTheApprovalExpiresAndABadDurationIsAUsageError() throws Exception {
        Path app = app();
        assertThat(cli.execute("run", app.toString(), "--approval-timeout", "soon")).isEqualTo(2);
        assertThat(cli.err()).contains("--approval-timeout takes a positive duration such as 30s, 5m, 2h or 1d,"
                + " got 'soon'");

        assertThat(cli.execute("run", app.toString(), "--approval-timeout", "5m", "--report",
                temp.resolve("r.json").toString())).isEqualTo(3);
        String record = java.nio.file.Files.readString(temp.resolve("r.json"));
        java.time.Instant started = java.time.Instant.parse(Pattern.compile("\"name\" : \"Approve\",[^}]*?\"startTime\" : \"([^\"]+)\"")
                .matcher(record).results().findFirst().orElseThrow().group(1));
        java.time.Instant expires = java.time.Instant.parse(Pattern.compile("\"expires\" : \"([^\"]+)\"").matcher(record)
                .results().findFirst().orElseThrow().group(1));
        assertThat(java.time.Duration.between(started, expires)).isEqualTo(java.time.Duration.ofMinutes(5));
    }

    /** WAVE4 contract 1: a stop typed in another terminal reaches the 'run' that plays the execution. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
    void stopWithAbandonFromAnotherProcessKillsTheBuildThatRunPlaysAndRecordsItStopped() throws Exception {
        Path repo = java.nio.file.Files.createDirectories(temp.resolve("slow"));
        Path sleepPid = temp.resolve("sleep.pid");
        java.nio.file.Files.writeString(repo.resolve("buildspec.yml"), """
                version: 0.2
                phases:
                  build:
                    commands:
                      - sleep 600 & echo $! > '%s'; wait
                """.formatted(sleepPid));
        dev.codestages.run.GitRepos.init(repo);
        dev.codestages.run.GitRepos.commitAll(repo, "slow build");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Codestages.class.getName(), "run", "--approve", repo.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("run.txt").toFile())
                .redirectInput(new java.io.File("/dev/null")).start();
        while (!java.nio.file.Files.exists(sleepPid) || java.nio.file.Files.readString(sleepPid).isBlank()) {
            assertThat(run.isAlive()).as("run ended before the build started").isTrue();
            Thread.sleep(50);
        }
        ProcessHandle sleep = ProcessHandle.of(Long.parseLong(java.nio.file.Files.readString(sleepPid).strip())).orElseThrow();
        String store = repo.resolve(".codestages").toString();
        String id = new dev.codestages.engine.ExecutionStore(Path.of(store)).latest().executionId();

        assertThat(cli.execute("stop", id, "--abandon", "--store", store)).as(cli.err()).isEqualTo(0);

        assertThat(cli.out()).contains("Execution " + id + " (", "): Stopped", "Abandoned");
        assertThat(sleep.isAlive()).isFalse();
        assertThat(run.waitFor()).as(java.nio.file.Files.readString(temp.resolve("run.txt"))).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(temp.resolve("run.txt"))).contains("): Stopped");
    }
}
