package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link PipelineControl} on real executions in a throwaway git repository: retry of a failed stage,
 * stop and wait, stop and abandon from another thread, and disabled stage transitions. Each build action
 * is steered by mark files: {@code fail-NAME} fails it, {@code hold-NAME} holds it until {@code go} exists.
 */
class PipelineControlTest {

    @TempDir
    Path temp;

    private Path repo;
    private Path marks;
    private Path pipelineFile;
    private final RecordingListener listener = new RecordingListener();
    private final EngineClock.Manual clock = EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void repository() throws Exception {
        repo = temp.resolve("control");
        marks = Files.createDirectories(temp.resolve("marks"));
        GitRepos.init(repo);
        Files.writeString(repo.resolve("buildspec.yml"), """
                version: 0.2
                phases:
                  build:
                    commands:
                      - echo "$ME" >> "$MARKS/runs.txt"
                      - echo "$RUN" >> "$MARKS/order-$ME.txt"
                      - echo $$ > "$MARKS/pid-$ME"
                      - 'if [ -e "$MARKS/hold-$ME" ]; then touch "$MARKS/started-$ME"; i=0; while [ ! -e "$MARKS/go" ]; do i=$((i+1)); [ $i -gt 600 ] && exit 1; sleep 0.1; done; fi'
                      - 'if [ -e "$MARKS/fail-$ME" ]; then exit 1; fi'
                """, StandardCharsets.UTF_8);
        pipelineFile = repo.resolve("pipeline.yml");
        Files.writeString(pipelineFile, new String(getClass().getResourceAsStream("control-pipeline.yml").readAllBytes(),
                StandardCharsets.UTF_8).replace("@MARKS@", marks.toString()), StandardCharsets.UTF_8);
        GitRepos.commitAll(repo, "control pipeline");
    }

    private PipelineControl control() {
        return new PipelineControl(new ExecutionEngine(temp.resolve("store"), clock, listener, Map.of(),
                ApprovalDecider.PENDING));
    }

    private Pipeline pipeline() throws Exception {
        return PipelineFiles.read(pipelineFile, "pipeline.yml");
    }

    private ExecutionState run() throws Exception {
        ExecutionSetup setup = new ExecutionSetup(repo, null, pipelineFile, temp.resolve("instance"), true, Map.of(),
                Map.of("Release/Ship", "succeed"));
        ExecutionState execution = control().start(pipeline(), setup, Map.of());
        clock.advance(Duration.ofMinutes(1));
        return execution;
    }

    private CompletableFuture<ExecutionState> runInTheBackground() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Two executions in the background: the first holds Build (its Good action waits for the mark go), the second waits for it. */
    private record HeldAndQueued(CompletableFuture<ExecutionState> first, CompletableFuture<ExecutionState> second,
                                 String secondId) {
    }

    private HeldAndQueued holdBuildAndQueueASecond() throws Exception {
        mark("hold-good");
        CompletableFuture<ExecutionState> first = runInTheBackground();
        awaitMark("started-good");
        clock.advance(Duration.ofMinutes(1));
        CompletableFuture<ExecutionState> second = runInTheBackground();
        return new HeldAndQueued(first, second, awaitQueuedAt("Build", 2));
    }

    private List<String> runs() throws Exception {
        return Files.readAllLines(marks.resolve("runs.txt")).stream().sorted().toList();
    }

    private void mark(String name) throws Exception {
        Files.writeString(marks.resolve(name), "");
    }

    /** Waits until the newest execution's record says it waits to enter {@code stage}; returns its id. */
    private String awaitQueuedAt(String stage, int executions) throws Exception {
        ExecutionStore store = new ExecutionStore(temp.resolve("store"));
        for (int i = 0; i < 600; i++) {
            List<ExecutionState> all = store.history();
            if (all.size() == executions && stage.equals(all.get(0).queuedAt())) {
                return all.get(0).executionId();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no execution came to wait at " + stage);
    }

    private void executionMode(String mode) throws Exception {
        Files.writeString(pipelineFile, Files.readString(pipelineFile).replace("name: control\n",
                "name: control\npipelineType: V2\nexecutionMode: " + mode + "\n"));
        GitRepos.commitAll(repo, mode + " mode");
    }

    private void awaitMark(String name) throws Exception {
        for (int i = 0; i < 600 && !Files.exists(marks.resolve(name)); i++) {
            Thread.sleep(100);
        }
        assertThat(marks.resolve(name)).exists();
    }

    private static ActionState action(ExecutionState execution, String step) {
        return execution.action(step).orElseThrow();
    }

    @Test
    void aRetryRerunsOnlyTheFailedActionAndContinuesTheSameExecution() throws Exception {
        mark("fail-flaky");
        ExecutionState failed = run();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(runs()).containsExactly("flaky", "good");
        Instant goodEnded = action(failed, "Build/Good").endTime();

        Files.delete(marks.resolve("fail-flaky"));
        ExecutionState retried = control().retry(failed.executionId(), "Build", false);

        assertThat(retried.executionId()).isEqualTo(failed.executionId());
        assertThat(retried.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(runs()).containsExactly("flaky", "flaky", "good");
        assertThat(action(retried, "Build/Good").endTime()).isEqualTo(goodEnded);
        assertThat(action(retried, "Build/Flaky").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(retried, "Release/Ship").status()).isEqualTo(Status.STUBBED);
        assertThat(new ExecutionStore(temp.resolve("store")).load(failed.executionId()).status()).isEqualTo(Status.SUCCEEDED);
    }

    @Test
    void aRetryOfAllActionsRerunsTheSucceededOnesToo() throws Exception {
        mark("fail-flaky");
        ExecutionState failed = run();
        Files.delete(marks.resolve("fail-flaky"));

        ExecutionState retried = control().retry(failed.executionId(), "Build", true);

        assertThat(retried.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(runs()).containsExactly("flaky", "flaky", "good", "good");
    }

    @Test
    void aRetryIsRefusedOnceANewerExecutionHasEnteredTheStage() throws Exception {
        mark("fail-flaky");
        ExecutionState failed = run();
        Files.delete(marks.resolve("fail-flaky"));
        ExecutionState newer = run();
        assertThat(newer.status()).isEqualTo(Status.SUCCEEDED);

        assertThatThrownBy(() -> control().retry(failed.executionId(), "Build", false))
                .hasMessageStartingWith("NotLatestPipelineExecutionException: a newer execution, " + newer.executionId()
                        + ", has already entered stage Build");
        assertThatThrownBy(() -> control().retry(newer.executionId(), "Build", false))
                .hasMessageStartingWith("StageNotRetryableException: execution " + newer.executionId() + " is Succeeded");
    }

    @Test
    void aRetryOfAStageThatDidNotFailIsRefused() throws Exception {
        mark("fail-flaky");
        ExecutionState failed = run();

        assertThatThrownBy(() -> control().retry(failed.executionId(), "Source", false))
                .hasMessageStartingWith("StageNotRetryableException: stage Source of execution " + failed.executionId()
                        + " is Succeeded");
        assertThatThrownBy(() -> control().retry(failed.executionId(), "Nowhere", false))
                .hasMessageStartingWith("StageNotFoundException");
    }

    @Test
    void stopAndAbandonFromAnotherThreadKillsTheBuildAndRecordsAbandonedAndStopped() throws Exception {
        mark("hold-good");
        CompletableFuture<ExecutionState> playing = runInTheBackground();
        awaitMark("started-good");
        long pid = Long.parseLong(Files.readString(marks.resolve("pid-good")).strip());
        String id = new ExecutionStore(temp.resolve("store")).latest().executionId();

        ExecutionState stopped = control().stop(id, true, "wrong commit");

        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.statusSummary()).isEqualTo("Stopped and abandoned: wrong commit");
        assertThat(action(stopped, "Build/Good").status()).isEqualTo(Status.ABANDONED);
        assertThat(stopped.stage("Build").status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.stage("Release").status()).isNull();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        ExecutionState played = playing.get(2, TimeUnit.MINUTES);
        assertThat(played.status()).isEqualTo(Status.STOPPED);
        assertThat(marks.resolve("go")).doesNotExist();
        assertThat(new ExecutionStore(temp.resolve("store")).load(id).status()).isEqualTo(Status.STOPPED);
    }

    @Test
    void stopAndWaitLetsTheRunningActionFinishAndStartsNothingAfterIt() throws Exception {
        mark("hold-good");
        CompletableFuture<ExecutionState> playing = runInTheBackground();
        awaitMark("started-good");
        String id = new ExecutionStore(temp.resolve("store")).latest().executionId();

        ExecutionState stopping = control().stop(id, false, null);
        assertThat(stopping.status()).isEqualTo(Status.STOPPING);
        mark("go");
        ExecutionState stopped = playing.get(2, TimeUnit.MINUTES);

        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(action(stopped, "Build/Good").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(stopped, "Release/Ship").status()).isNull();
        assertThat(new ExecutionStore(temp.resolve("store")).load(id).status()).isEqualTo(Status.STOPPED);
        assertThatThrownBy(() -> control().stop(id, true, null))
                .hasMessageStartingWith("PipelineExecutionNotStoppableException: execution " + id + " is Stopped");
    }

    @Test
    void aDisabledTransitionHoldsTheExecutionAndEnablingItContinuesTheSameExecution() throws Exception {
        control().disableTransition(pipeline(), "Release", "manual tests first");
        ExecutionState waiting = run();

        assertThat(waiting.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(waiting.waitingAt()).isEqualTo("Release");
        assertThat(waiting.stage("Build").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(waiting.stage("Release").status()).isNull();
        assertThat(control().transitions(pipeline()).get("Release").disabledReason()).isEqualTo("manual tests first");

        List<ExecutionState> continued = control().enableTransition(pipeline(), "Release");

        assertThat(continued).extracting(ExecutionState::executionId).containsExactly(waiting.executionId());
        assertThat(continued.get(0).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(continued.get(0).waitingAt()).isNull();
        assertThat(runs()).containsExactly("flaky", "good");
    }

    @Test
    void aNewerExecutionAtADisabledTransitionSupersedesTheOlderOneWaitingThere() throws Exception {
        control().disableTransition(pipeline(), "Release", "freeze");
        ExecutionState older = run();
        ExecutionState newer = run();

        ExecutionStore store = new ExecutionStore(temp.resolve("store"));
        assertThat(store.load(older.executionId()).status()).isEqualTo(Status.SUPERSEDED);
        assertThat(store.load(older.executionId()).statusSummary()).contains("Superseded by execution " + newer.executionId());
        assertThat(control().enableTransition(pipeline(), "Release")).extracting(ExecutionState::executionId)
                .containsExactly(newer.executionId());
        assertThat(store.load(newer.executionId()).status()).isEqualTo(Status.SUCCEEDED);
    }

    @Test
    void aTransitionIntoTheFirstStageOrAnUnknownStageOrWithABadReasonIsRefused() throws Exception {
        assertThatThrownBy(() -> control().disableTransition(pipeline(), "Source", "x"))
                .hasMessageContaining("it is the first stage");
        assertThatThrownBy(() -> control().disableTransition(pipeline(), "Nowhere", "x"))
                .hasMessageStartingWith("StageNotFoundException");
        assertThatThrownBy(() -> control().disableTransition(pipeline(), "Release", "a/b"))
                .hasMessageContaining("at 'reason' failed to satisfy constraint");
    }

    @Test
    void aStopOfAnExecutionWaitingAtATransitionStopsItAtOnce() throws Exception {
        control().disableTransition(pipeline(), "Release", "freeze");
        ExecutionState waiting = run();

        ExecutionState stopped = control().stop(waiting.executionId(), false, "not today");

        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.waitingAt()).isNull();
        assertThat(control().enableTransition(pipeline(), "Release")).isEmpty();
    }

    /** concepts-how-it-works.html, SUPERSEDED: a newer execution waiting to enter a stage overtakes an older one. */
    @Test
    void aNewerExecutionWaitingForAHeldStageSupersedesTheOlderOneWaitingThere() throws Exception {
        HeldAndQueued held = holdBuildAndQueueASecond();
        CompletableFuture<ExecutionState> first = held.first();
        String secondId = held.secondId();
        clock.advance(Duration.ofMinutes(1));
        CompletableFuture<ExecutionState> third = runInTheBackground();

        ExecutionState superseded = held.second().get(2, TimeUnit.MINUTES);
        assertThat(superseded.executionId()).isEqualTo(secondId);
        assertThat(superseded.status()).isEqualTo(Status.SUPERSEDED);
        assertThat(superseded.stage("Build").status()).isNull();
        mark("go");
        ExecutionState firstDone = first.get(2, TimeUnit.MINUTES);
        ExecutionState thirdDone = third.get(2, TimeUnit.MINUTES);

        assertThat(superseded.statusSummary()).isEqualTo("Superseded by execution " + thirdDone.executionId()
                + ", a newer one waiting to enter Build");
        assertThat(firstDone.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(thirdDone.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(Files.readAllLines(marks.resolve("order-good.txt")))
                .containsExactly(firstDone.executionId(), thirdDone.executionId());
    }

    /** concepts-how-it-works.html, QUEUED: executions enter a held stage one by one in the order they came. */
    @Test
    void queuedExecutionsEnterAHeldStageInTheOrderTheyStartedAndNoneIsSuperseded() throws Exception {
        executionMode("QUEUED");
        mark("hold-good");
        CompletableFuture<ExecutionState> first = runInTheBackground();
        awaitMark("started-good");
        clock.advance(Duration.ofMinutes(1));
        CompletableFuture<ExecutionState> second = runInTheBackground();
        awaitQueuedAt("Build", 2);
        clock.advance(Duration.ofMinutes(1));
        CompletableFuture<ExecutionState> third = runInTheBackground();
        awaitQueuedAt("Build", 3);

        mark("go");
        List<ExecutionState> done = List.of(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES),
                third.get(2, TimeUnit.MINUTES));

        assertThat(done).extracting(ExecutionState::status).containsOnly(Status.SUCCEEDED);
        assertThat(Files.readAllLines(marks.resolve("order-good.txt")))
                .containsExactlyElementsOf(done.stream().map(ExecutionState::executionId).toList());
    }

    /** concepts-how-it-works.html, PARALLEL: executions run independently, none waits for a stage. */
    @Test
    void parallelExecutionsShareNoStageLock() throws Exception {
        executionMode("PARALLEL");
        mark("hold-good");
        CompletableFuture<ExecutionState> first = runInTheBackground();
        awaitMark("started-good");
        Files.delete(marks.resolve("started-good"));
        clock.advance(Duration.ofMinutes(1));
        CompletableFuture<ExecutionState> second = runInTheBackground();
        // the second enters Build while the first still holds it
        awaitMark("started-good");

        mark("go");
        assertThat(first.get(2, TimeUnit.MINUTES).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(second.get(2, TimeUnit.MINUTES).status()).isEqualTo(Status.SUCCEEDED);
    }

    @Test
    void aStopReachesAnExecutionThatWaitsForAHeldStageAndTheHolderGoesOn() throws Exception {
        HeldAndQueued held = holdBuildAndQueueASecond();
        CompletableFuture<ExecutionState> first = held.first();

        control().stop(held.secondId(), false, "not this one");
        ExecutionState stopped = held.second().get(2, TimeUnit.MINUTES);

        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.queuedAt()).isNull();
        assertThat(stopped.stage("Build").status()).isNull();
        mark("go");
        assertThat(first.get(2, TimeUnit.MINUTES).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(Files.readAllLines(marks.resolve("order-good.txt"))).hasSize(1);
    }
}
