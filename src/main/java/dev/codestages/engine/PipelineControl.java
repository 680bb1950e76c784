package dev.codestages.engine;

import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every operation that changes pipeline executions, in one place: start, approve, reject, retry, stop,
 * and disable or enable a stage transition, as CodePipeline's StartPipelineExecution, PutApprovalResult,
 * RetryStageExecution, StopPipelineExecution, DisableStageTransition and EnableStageTransition. The CLI
 * commands, the console and the local AWS API call exactly these methods; all of them read and write the
 * store only, so they work on executions that another process plays or that wait for a decision.
 */
public final class PipelineControl {

    /** How long {@link #stop} waits for the process that plays the execution to take the stop up. */
    private static final Duration STOP_ANSWER = Duration.ofMinutes(2);

    private final ExecutionEngine engine;
    private final ExecutionStore store;

    /** Controls the executions of {@code engine}'s store; executions this facade continues are played by it. */
    public PipelineControl(ExecutionEngine engine) {
        this.engine = engine;
        this.store = engine.store();
    }

    /**
     * Starts a new execution of {@code pipeline} and plays it until it ends or waits (at an approval or a
     * disabled transition).
     *
     * @param declaredVariables the pipeline-level variables with their default values
     */
    public ExecutionState start(Pipeline pipeline, ExecutionSetup setup, Map<String, String> declaredVariables)
            throws IOException, InterruptedException {
        return engine.start(pipeline, setup, declaredVariables);
    }

    /**
     * Starts execution {@code executionId} (a fresh {@link ExecutionStore#newId()}), for a caller that answers
     * with the id while the execution plays, as StartPipelineExecution does.
     */
    public ExecutionState start(String executionId, Pipeline pipeline, ExecutionSetup setup,
                                Map<String, String> declaredVariables) throws IOException, InterruptedException {
        return engine.start(executionId, pipeline, setup, declaredVariables);
    }

    /**
     * Approves the waiting approval {@code action} ({@code Stage/Action}; null when only one waits) of execution
     * {@code executionId} and continues that execution.
     *
     * @throws IOException when no such approval waits, or it has expired (the execution then fails)
     */
    public ExecutionState approve(String executionId, String action, String summary) throws IOException, InterruptedException {
        return movedOn(engine.decide(executionId, action, ApprovalDecider.Decision.APPROVED, summary));
    }

    /** Rejects the waiting approval {@code action}: the action, its stage and the execution fail. */
    public ExecutionState reject(String executionId, String action, String summary) throws IOException, InterruptedException {
        return movedOn(engine.decide(executionId, action, ApprovalDecider.Decision.REJECTED, summary));
    }

    /**
     * Retries stage {@code stage} of a Failed or Stopped execution: its failed (and abandoned) actions, or all
     * its actions with {@code allActions} (RetryStageExecution's FAILED_ACTIONS and ALL_ACTIONS), then
     * continues the execution (https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-retry.html).
     *
     * @throws IOException with AWS's reason (StageNotRetryableException, NotLatestPipelineExecutionException)
     *                     when the stage cannot be retried
     */
    public ExecutionState retry(String executionId, String stage, boolean allActions) throws IOException, InterruptedException {
        return movedOn(engine.retry(executionId, stage, allActions));
    }

    /**
     * Stops execution {@code executionId} (https://docs.aws.amazon.com/codepipeline/latest/userguide/pipelines-stop.html).
     * Stop and wait: the execution is Stopping, its running actions finish, nothing new starts, then it is
     * Stopped; stop and abandon ({@code abandon}): its running actions are Abandoned and the processes they
     * started killed, the execution Stopped. When another command or process plays the execution, the stop
     * is handed to it through the store and this call returns once it is taken up (Stopping for a stop and
     * wait, Stopped for an abandon); an execution that only waits (at an approval or a transition) is Stopped
     * at once, its waiting approval Abandoned.
     *
     * @throws IOException when the execution has ended already (PipelineExecutionNotStoppableException)
     */
    public ExecutionState stop(String executionId, boolean abandon, String reason) throws IOException, InterruptedException {
        ExecutionState execution = store.load(executionId);
        if (execution.status().isFinal()) {
            throw new IOException("PipelineExecutionNotStoppableException: execution " + executionId + " is "
                    + execution.status().label() + "; only an InProgress or Stopping execution can be stopped");
        }
        if (execution.status() == Status.STOPPING && !abandon) {
            throw new IOException("PipelineExecutionNotStoppableException: execution " + executionId
                    + " is Stopping already; only a stop with --abandon can end it sooner");
        }
        StopRequest request = new StopRequest(abandon, reason);
        request.write(store.stopRequest(executionId));
        long deadline = System.nanoTime() + STOP_ANSWER.toNanos();
        while (true) {
            try (ExecutionStore.Lock lock = store.tryLock(executionId)) {
                if (lock != null) {
                    // nobody plays it: it waits, or its player has just let go; the stop is done here
                    ExecutionState waiting = store.load(executionId);
                    if (!waiting.status().isFinal()) {
                        ExecutionEngine.markStopped(waiting, engine.clock().now(), request.summary());
                        store.save(waiting);
                    }
                    Files.deleteIfExists(store.stopRequest(executionId));
                    return movedOn(waiting);
                }
            }
            ExecutionState seen = store.load(executionId);
            if (seen.status().isFinal() || (!abandon && seen.status() == Status.STOPPING)) {
                return seen;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("execution " + executionId + " is played by another command that has not taken"
                        + " the stop up in " + STOP_ANSWER.toMinutes() + " minutes; the request stays in "
                        + store.stopRequest(executionId));
            }
            Thread.sleep(100);
        }
    }

    /**
     * Disables the inbound transition of {@code stage}: executions that reach it wait in front of it
     * (https://docs.aws.amazon.com/codepipeline/latest/userguide/transitions.html).
     *
     * @throws IllegalArgumentException when the pipeline has no such stage, it is the first stage (no transition
     *                                  leads into it), or the reason does not fit DisableStageTransition's pattern
     */
    public StageTransitions.Transition disableTransition(Pipeline pipeline, String stage, String reason) throws IOException {
        checkStage(pipeline, stage);
        StageTransitions.checkReason(reason);
        StageTransitions.Transition disabled = new StageTransitions.Transition(false, reason, engine.clock().now());
        engine.transitions().set(ExecutionEngine.pipelineName(pipeline), stage, disabled);
        return disabled;
    }

    /**
     * Enables the inbound transition of {@code stage} and lets the executions waiting there in, played in
     * this call as {@code approve} plays a decided execution: in SUPERSEDED mode the latest one (an older one
     * still waiting is Superseded), in QUEUED and PARALLEL mode each, oldest first.
     *
     * @return the executions that continued, each as it stands after playing (empty when none waited)
     */
    public List<ExecutionState> enableTransition(Pipeline pipeline, String stage) throws IOException, InterruptedException {
        checkStage(pipeline, stage);
        String name = ExecutionEngine.pipelineName(pipeline);
        engine.transitions().set(name, stage, new StageTransitions.Transition(true, null, engine.clock().now()));
        List<ExecutionState> waiting = engine.waitingAt(name, stage);
        List<ExecutionState> continued = new ArrayList<>();
        if (waiting.isEmpty()) {
            return continued;
        }
        if (ExecutionEngine.executionMode(pipeline).equals("SUPERSEDED")) {
            ExecutionState latest = waiting.get(waiting.size() - 1);
            for (ExecutionState older : waiting.subList(0, waiting.size() - 1)) {
                engine.supersede(older.executionId(), "Superseded by execution " + latest.executionId()
                        + " at the transition into " + stage);
            }
            waiting = List.of(latest);
        }
        for (ExecutionState execution : waiting) {
            continued.add(movedOn(engine.resume(execution.executionId())));
        }
        return continued;
    }

    /**
     * After {@code moved} moved on (it may have left a stage), continues the executions of its pipeline left
     * waiting for a stage another execution held, oldest first, each in this call; they enter if they may
     * now, else wait on. Returns {@code moved}.
     */
    private ExecutionState movedOn(ExecutionState moved) throws IOException, InterruptedException {
        for (int pass = 0; pass < 8; pass++) {
            boolean entered = false;
            for (ExecutionState waiting : engine.queued(moved.pipelineName())) {
                ExecutionState after = engine.resume(waiting.executionId());
                entered |= !waiting.queuedAt().equals(after.queuedAt());
            }
            if (!entered) {
                break;
            }
        }
        return moved;
    }

    /** The inbound transitions of {@code pipeline}'s stages that were ever disabled or enabled, by stage. */
    public Map<String, StageTransitions.Transition> transitions(Pipeline pipeline) throws IOException {
        return engine.transitions().of(ExecutionEngine.pipelineName(pipeline));
    }

    /**
     * Reads execution {@code executionId} (the newest with null), first failing its approvals whose timeout has
     * passed on the engine's clock, unless another command plays it right now; null when the store has none.
     */
    public ExecutionState status(String executionId) throws IOException {
        ExecutionState execution = executionId == null ? store.latest() : store.load(executionId);
        if (execution == null || execution.pendingApprovals().isEmpty()) {
            return execution;
        }
        try (ExecutionStore.Lock lock = store.tryLock(execution.executionId())) {
            if (lock == null) {
                return execution;
            }
            ExecutionState fresh = store.load(execution.executionId());
            if (engine.expireApprovals(fresh)) {
                store.save(fresh);
            }
            return fresh;
        }
    }

    private static void checkStage(Pipeline pipeline, String stage) {
        List<String> names = pipeline.stages().stream().map(Stage::name)
                .map(v -> v.isPresent() ? v.text() : "").toList();
        int index = names.indexOf(stage);
        if (index < 0) {
            throw new IllegalArgumentException("StageNotFoundException: the pipeline has no stage '" + stage + "' (stages: "
                    + String.join(", ", names) + ")");
        }
        if (index == 0) {
            throw new IllegalArgumentException("no transition leads into " + stage
                    + ": it is the first stage; transitions link a stage to the one before it");
        }
    }
}
