package dev.codestages.engine;

import dev.codestages.codedeploy.StopDeploymentRequests;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Status;
import dev.codestages.pipeline.Value;
import dev.codestages.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays pipeline executions as CodePipeline does
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works.html and
 * reference-pipeline-structure.html): stages one after another; inside a stage the runOrder groups in
 * ascending order, the actions of one group at the same time, each on its own thread with its own log;
 * when an action fails its siblings still finish, no later group starts, the stage and the execution fail.
 * A manual approval without a decision leaves the execution InProgress at the approval
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals-approve-or-reject.html);
 * {@link #decide} continues that same execution later, and a rejection fails the action, the stage and the
 * execution. An action no player plays fails with "&lt;provider&gt; is not simulated locally" unless a
 * {@code --stub} stands in for it (status Stubbed). Every change is saved to the store as it happens, under
 * the execution's lock; stages are entered under the store's lock, as the pipeline's execution mode says
 * ({@link #entered}). Retry, stop and transitions are reached through {@link PipelineControl}.
 */
public final class ExecutionEngine {

    /** An approval waits this long when its action sets no {@code timeoutInMinutes} (approvals.html: 7 days). */
    static final Duration APPROVAL_TIMEOUT = Duration.ofDays(7);

    /** How often the engine looks for a stop asked from another process (wall time: a file poll). */
    private static final Duration STOP_POLL = Duration.ofMillis(100);

    private final Path storeDir;
    private final ExecutionStore store;
    private final EngineClock clock;
    private final EngineListener listener;
    private final Map<String, String> secrets;
    private final ApprovalDecider decider;
    /** Every source action (CodeCommit, S3, ECR, CodeStarSourceConnection, GitHub) on its local stand-in. */
    private static final ActionPlayer SOURCES = new SourcePlayer();
    /** The players by provider, or by {@code Category/Provider} where a provider has several categories (S3). */
    private final Map<String, ActionPlayer> players;
    private final StageTransitions transitions;
    /** The StopDeployment requests of this store, which the running CodeDeploy actions look for. */
    private final StopDeploymentRequests deploymentStops;
    /** {@code run --approval-timeout}: how long the approvals of the executions it starts wait; null: as configured. */
    private Duration approvalTimeout;
    /** The execution being played, for {@link #stopOnExit()}. */
    private volatile ExecutionState current;
    /** Set once the execution was stopped: from then on only the stop writes its state. */
    private volatile boolean stopped;
    /** The stop asked for the execution being played (by {@code codestages stop} or {@link PipelineControl#stop}). */
    private volatile StopRequest stopAsked;
    /** The threads of the runOrder group being played, which a stop-and-abandon interrupts. */
    private volatile ExecutorService group;

    public ExecutionEngine(Path storeDir, EngineClock clock, RunListener listener, Map<String, String> secrets,
                           ApprovalDecider decider) {
        this.storeDir = storeDir.toAbsolutePath().normalize();
        this.store = new ExecutionStore(this.storeDir);
        this.clock = clock;
        this.listener = EngineListener.of(listener);
        this.secrets = Map.copyOf(secrets);
        this.decider = decider;
        this.transitions = new StageTransitions(this.storeDir);
        this.deploymentStops = new StopDeploymentRequests(this.storeDir);
        // blue/green waits of EC2 deployment groups run on the engine's clock, so --time-scale speeds them up
        // one player for CodeDeploy's two actions: it dispatches by the group's compute platform
        DeployPlayer deploy = new DeployPlayer(clock);
        this.players = Map.of("CodeBuild", new BuildPlayer(), "CodeDeploy", deploy, EcsDeployPlayer.PROVIDER, deploy,
                "Deploy/S3", new S3DeployPlayer(), "Invoke/Lambda", new LambdaInvokePlayer());
    }

    /**
     * Makes every approval of the executions this engine starts wait {@code timeout} instead of its
     * {@code timeoutInMinutes} or the 7 days of AWS ({@code run --approval-timeout}, for a class); null
     * restores that. Kept in the execution's state, so it holds when {@code approve} continues it.
     */
    public void approvalTimeout(Duration timeout) {
        this.approvalTimeout = timeout;
    }

    /** The stage transitions of this engine's store. */
    public StageTransitions transitions() {
        return transitions;
    }

    public ExecutionStore store() {
        return store;
    }

    EngineClock clock() {
        return clock;
    }

    /**
     * Fails the approvals of {@code execution} that waited past their expiry on the engine's clock, as AWS
     * does after the timeout (approvals-approve-or-reject.html: the status becomes Failed); a stage with no
     * other action still running, and the execution, fail with them. Call it holding the execution's lock.
     *
     * @return true when something expired (the caller saves)
     */
    boolean expireApprovals(ExecutionState execution) {
        Instant now = clock.now();
        boolean expired = false;
        for (StageState stage : execution.stages()) {
            for (ActionState action : stage.actions()) {
                ActionState.Approval approval = action.approval();
                if (action.status() == Status.IN_PROGRESS && approval != null && approval.decision() == null
                        && approval.expires() != null && now.isAfter(approval.expires())) {
                    action.approval(approval.decided("Expired", null));
                    action.finish(Status.FAILED, now, new ActionState.Error("JobFailed",
                            "the approval timed out at " + ExecutionJson.TIME.format(approval.expires())));
                    expired = true;
                    if (stage.actions().stream().noneMatch(a -> a.status() == Status.IN_PROGRESS)) {
                        stage.status(Status.FAILED);
                        execution.status(Status.FAILED, now);
                    }
                }
            }
        }
        return expired;
    }

    /**
     * On Ctrl-C or {@code kill} the execution being played ends Stopped and its running actions Abandoned, as
     * StopPipelineExecution with abandon does in AWS (codepipeline.md 5.5), so its state never claims work
     * that nobody is doing any more. An approval left waiting stays waiting.
     */
    public void stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "codestages-stop-execution"));
    }

    void stop() {
        ExecutionState execution = current;
        if (execution == null || execution.status().isFinal()) {
            return;
        }
        stopped = true;
        Instant now = clock.now();
        // under the execution's lock: the playing threads can change nothing between this and the save
        synchronized (execution) {
            stopUnderLock(execution, now);
        }
    }

    private void stopUnderLock(ExecutionState execution, Instant now) {
        for (StageState stage : execution.stages()) {
            boolean running = false;
            for (ActionState action : stage.actions()) {
                if (action.status() == Status.IN_PROGRESS && action.approval() == null) {
                    action.finish(Status.ABANDONED, now, new ActionState.Error("Abandoned",
                            "the execution was stopped while the action ran"));
                    stopDeployment(action);
                    running = true;
                }
            }
            if (running) {
                stage.status(Status.STOPPED);
            }
        }
        execution.waitingAt(null);
        execution.queuedAt(null);
        execution.status(Status.STOPPED, now);
        try {
            store.save(execution);
        } catch (IOException e) {
            // the JVM is going down: the last state written stays, readable
        }
    }

    private void save(ExecutionState execution) throws IOException {
        if (!stopped) {
            store.save(execution);
        }
    }

    /**
     * Starts a new execution of {@code pipeline} and plays it until it ends or waits at an approval.
     *
     * @param declaredVariables pipeline-level variables with values of the caller's, over the pipeline's own
     *                          defaults ({@link Pipeline#variableDefaults()}); the values in {@code setup}
     *                          take their place for this execution
     */
    public ExecutionState start(Pipeline pipeline, ExecutionSetup setup, Map<String, String> declaredVariables)
            throws IOException, InterruptedException {
        return start(ExecutionStore.newId(), pipeline, setup, declaredVariables);
    }

    /**
     * Starts execution {@code id} (a fresh {@link ExecutionStore#newId()}): for a caller that answers with the
     * id before the execution has played, as StartPipelineExecution does.
     */
    public ExecutionState start(String id, Pipeline pipeline, ExecutionSetup setup, Map<String, String> declaredVariables)
            throws IOException, InterruptedException {
        if (!ExecutionStore.isId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not an execution id");
        }
        {
            List<StageState> stages = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                List<ActionState> actions = new ArrayList<>();
                for (Action action : stage.actions()) {
                    actions.add(new ActionState(text(action.name()), text(action.provider()), action.runOrderNumber()));
                }
                stages.add(new StageState(text(stage.name()), actions));
            }
            String name = pipelineName(pipeline);
            ExecutionState execution = new ExecutionState(id, name, setup, stages, clock.now());
            execution.approvalTimeout(approvalTimeout);
            // variables reference, "Namespaces": the reserved codepipeline namespace and the pipeline-level variables
            execution.variable("codepipeline.PipelineExecutionId", id);
            Map<String, String> variables = new LinkedHashMap<>(pipeline.variableDefaults());
            variables.putAll(declaredVariables);
            variables.putAll(setup.variables());
            variables.forEach((variable, value) -> execution.variable("variables." + variable, value));
            store.save(execution);
            return playing(execution, pipeline);
        }
    }

    /**
     * Plays {@code execution} from where it stands, holding its lock, while a watcher thread polls its
     * folder for a stop request from another command or process.
     */
    ExecutionState playing(ExecutionState execution, Pipeline pipeline) throws IOException, InterruptedException {
        try (ExecutionStore.Lock own = store.lock(execution.executionId())) {
            current = execution;
            stopped = false;
            stopAsked = null;
            Thread watcher = new Thread(() -> watchStops(execution), "codestages-stop-watch");
            watcher.setDaemon(true);
            watcher.start();
            try {
                play(execution, new PlayedPipeline(pipeline, execution.setup().pipelineFile()));
            } catch (InterruptedException e) {
                if (stopAsked == null || !stopAsked.abandon()) {
                    throw e;
                }
                // a stop-and-abandon interrupted the running actions: their processes are gone, the stop is recorded below
            } finally {
                watcher.interrupt();
                boolean interrupted = Thread.interrupted();
                watcher.join();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                current = null;
            }
            StopRequest stop = stopAsked;
            if (stop != null) {
                synchronized (execution) {
                    if (!execution.status().isFinal()) {
                        markStopped(execution, clock.now(), stop.summary());
                    }
                }
                store.save(execution);
                Files.deleteIfExists(store.stopRequest(execution.executionId()));
            }
            return execution;
        }
    }

    /** Polls for a stop request until interrupted; a request file is the one way in, from any process. */
    private void watchStops(ExecutionState execution) {
        Path file = store.stopRequest(execution.executionId());
        try {
            while (!Thread.currentThread().isInterrupted()) {
                StopRequest request = Files.exists(file) ? StopRequest.read(file) : null;
                if (request != null && (stopAsked == null || (request.abandon() && !stopAsked.abandon()))) {
                    stopAsked(execution, request);
                }
                Thread.sleep(STOP_POLL.toMillis());
            }
        } catch (InterruptedException e) {
            // the play ended
        } catch (IOException e) {
            listener.note("", "cannot record the stop of " + execution.executionId() + ": " + e.getMessage());
        }
    }

    /**
     * Stop and wait: the execution is Stopping, running actions finish, nothing new starts. Stop and abandon:
     * nothing the execution's own threads write counts any more, and the running actions' threads are
     * interrupted, which kills their processes (pipelines-stop.html).
     */
    private void stopAsked(ExecutionState execution, StopRequest request) throws IOException {
        synchronized (execution) {
            if (execution.status().isFinal()) {
                return;
            }
            stopAsked = request;
            execution.status(Status.STOPPING, clock.now());
            execution.statusSummary(request.summary());
            if (request.abandon()) {
                stopped = true;
            }
            store.save(execution);
        }
        listener.note("", (request.abandon() ? "stop and abandon" : "stop and wait") + " asked"
                + (request.reason() == null ? "" : ": " + request.reason()));
        ExecutorService running = group;
        if (request.abandon() && running != null) {
            running.shutdownNow();
        }
    }

    /**
     * Ends a stopped execution: actions still in progress (a running one abandoned, a waiting approval)
     * become Abandoned, their stages Stopped, the execution Stopped. Call it holding the execution's monitor.
     */
    static void markStopped(ExecutionState execution, Instant now, String summary) {
        for (StageState stage : execution.stages()) {
            boolean running = stage.status() == Status.IN_PROGRESS;
            for (ActionState action : stage.actions()) {
                if (action.status() == Status.IN_PROGRESS) {
                    action.finish(Status.ABANDONED, now, new ActionState.Error("Abandoned",
                            "the execution was stopped while the action " + (action.approval() != null
                                    ? "waited for a decision" : "ran")));
                    stopDeployment(action);
                    running = true;
                }
            }
            if (running) {
                stage.status(Status.STOPPED);
            }
        }
        execution.waitingAt(null);
        execution.queuedAt(null);
        execution.status(Status.STOPPED, now);
        execution.statusSummary(summary);
    }

    /** An abandoned action's deployment that had not ended is Stopped, as CodeDeploy's StopDeployment leaves it. */
    private static void stopDeployment(ActionState action) {
        ActionState.Deployment deployment = action.deployment();
        if (deployment != null && !deployment.ended()) {
            action.deployment(deployment.withStatus("Stopped"));
        }
    }

    /**
     * Decides a pending approval of execution {@code id} and continues the execution from there.
     *
     * @param step the approval as {@code Stage/Action}; null when exactly one approval is pending
     * @throws IOException when there is no such execution or no such pending approval
     */
    public ExecutionState decide(String id, String step, ApprovalDecider.Decision decision, String summary)
            throws IOException, InterruptedException {
        try (ExecutionStore.Lock lock = store.lock(checkedId(id))) {
            ExecutionState execution = store.load(id);
            List<String> pending = execution.pendingApprovals();
            if (execution.status() != Status.IN_PROGRESS || pending.isEmpty()) {
                throw new IOException("execution " + id + " is " + execution.status().label()
                        + "; no approval of it waits for a decision");
            }
            String target = step;
            if (target == null) {
                if (pending.size() > 1) {
                    throw new IOException("several approvals wait: " + String.join(", ", pending)
                            + "; name one with --action STAGE/ACTION");
                }
                target = pending.get(0);
            } else if (!pending.contains(target)) {
                throw new IOException("no approval " + target + " waits in execution " + id + " (waiting: "
                        + String.join(", ", pending) + ")");
            }
            Pipeline pipeline = read(execution.setup());
            checkUnchanged(execution, pipeline);
            ActionState action = execution.action(target).orElseThrow();
            ActionState.Approval approval = action.approval();
            Instant now = clock.now();
            if (approval.expires() != null && now.isAfter(approval.expires())) {
                action.approval(approval.decided("Expired", null));
                end(execution, target, action, ActionOutcome.failed("JobFailed",
                        "the approval timed out at " + ExecutionJson.TIME.format(approval.expires())));
            } else if (decision == ApprovalDecider.Decision.APPROVED) {
                action.approval(approval.decided("Approved", summary));
                end(execution, target, action, ActionOutcome.succeeded(Map.of()));
            } else if (decision == ApprovalDecider.Decision.REJECTED) {
                action.approval(approval.decided("Rejected", summary));
                end(execution, target, action, rejected(summary));
            } else {
                throw new IOException("a decision is approve or reject");
            }
            return playing(execution, pipeline);
        }
    }

    /** The name executions of {@code pipeline} are recorded under. */
    static String pipelineName(Pipeline pipeline) {
        return pipeline.name().isPresent() ? pipeline.name().text() : "pipeline";
    }

    /** The pipeline's execution mode: SUPERSEDED (the default), QUEUED or PARALLEL (concepts-how-it-works.html). */
    static String executionMode(Pipeline pipeline) {
        String mode = pipeline.executionMode().isLiteral() ? pipeline.executionMode().text().trim() : "";
        return mode.equals("QUEUED") || mode.equals("PARALLEL") ? mode : "SUPERSEDED";
    }

    /**
     * Retries a failed (or stopped) stage of execution {@code id} and continues the execution from there, as
     * RetryStageExecution does (https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-retry.html):
     * the failed and abandoned actions run again ({@code FAILED_ACTIONS}), or every action of the stage
     * ({@code allActions}: {@code ALL_ACTIONS}); actions that succeeded keep their result and are not played.
     *
     * @throws IOException with AWS's reason when the stage cannot be retried
     */
    ExecutionState retry(String id, String stageName, boolean allActions) throws IOException, InterruptedException {
        try (ExecutionStore.Lock lock = store.lock(checkedId(id))) {
            ExecutionState execution = store.load(id);
            StageState stage = execution.stage(stageName);
            if (stage == null) {
                throw new IOException("StageNotFoundException: execution " + id + " has no stage '" + stageName
                        + "' (stages: " + String.join(", ", execution.stages().stream().map(StageState::name).toList()) + ")");
            }
            Status status = execution.status();
            if (status != Status.FAILED && status != Status.STOPPED) {
                throw new IOException("StageNotRetryableException: execution " + id + " is " + status.label()
                        + "; only a Failed or Stopped execution can be retried");
            }
            if (stage.status() != Status.FAILED && stage.status() != Status.STOPPED) {
                throw new IOException("StageNotRetryableException: stage " + stageName + " of execution " + id + " is "
                        + (stage.status() == null ? "not started" : stage.status().label())
                        + "; only a stage with failed actions can be retried");
            }
            for (ExecutionState other : store.history()) {
                StageState same = other.stage(stageName);
                if (other.pipelineName().equals(execution.pipelineName()) && !other.executionId().equals(id)
                        && other.startTime() != null && other.startTime().isAfter(execution.startTime())
                        && same != null && same.status() != null) {
                    throw new IOException("NotLatestPipelineExecutionException: a newer execution, "
                            + other.executionId() + ", has already entered stage " + stageName
                            + "; only the latest execution in a stage can be retried");
                }
            }
            Pipeline pipeline = read(execution.setup());
            checkUnchanged(execution, pipeline);
            for (ActionState action : stage.actions()) {
                if (allActions || action.status() == Status.FAILED || action.status() == Status.ABANDONED) {
                    action.reset();
                }
            }
            stage.status(Status.IN_PROGRESS);
            execution.status(Status.IN_PROGRESS, clock.now());
            execution.statusSummary(null);
            listener.note(stageName, "retry of " + (allActions ? "all actions" : "the failed actions")
                    + " of execution " + id);
            store.save(execution);
            return playing(execution, pipeline);
        }
    }

    /**
     * Before an execution enters a stage whose inbound transition is disabled, it waits there: InProgress, the
     * stage not started (transitions.html). In SUPERSEDED mode an older execution waiting at the same
     * transition is superseded by it.
     */
    private boolean waitsAtTransition(ExecutionState execution, StageState stage, Pipeline pipeline) throws IOException {
        java.util.Optional<StageTransitions.Transition> closed = transitions.disabled(execution.pipelineName(), stage.name());
        if (closed.isEmpty()) {
            execution.waitingAt(null);
            return false;
        }
        execution.waitingAt(stage.name());
        String reason = closed.get().disabledReason();
        listener.note(stage.name(), "waits: the transition into " + stage.name() + " is disabled"
                + (reason == null ? "" : " (" + reason + ")") + "; 'codestages transition enable " + stage.name()
                + "' lets the execution in");
        save(execution);
        if (executionMode(pipeline).equals("SUPERSEDED")) {
            for (ExecutionState older : waitingAt(execution.pipelineName(), stage.name())) {
                if (!older.executionId().equals(execution.executionId()) && older.startTime().isBefore(execution.startTime())) {
                    supersede(older.executionId(), "Superseded by execution " + execution.executionId()
                            + " at the disabled transition into " + stage.name());
                }
            }
        }
        return true;
    }

    /** The executions of {@code pipelineName} that wait at the disabled transition into {@code stage}, oldest first. */
    List<ExecutionState> waitingAt(String pipelineName, String stage) throws IOException {
        List<ExecutionState> waiting = new ArrayList<>(store.history().stream()
                .filter(e -> e.pipelineName().equals(pipelineName) && e.status() == Status.IN_PROGRESS
                        && stage.equals(e.waitingAt()))
                .toList());
        java.util.Collections.reverse(waiting);
        return waiting;
    }

    /** The executions of {@code pipelineName} left waiting for a stage another execution held, oldest first. */
    List<ExecutionState> queued(String pipelineName) throws IOException {
        List<ExecutionState> queued = new ArrayList<>(store.history().stream()
                .filter(e -> e.pipelineName().equals(pipelineName) && e.status() == Status.IN_PROGRESS
                        && e.queuedAt() != null)
                .toList());
        java.util.Collections.reverse(queued);
        return queued;
    }

    /** Ends a waiting execution Superseded, unless someone plays it right now. */
    void supersede(String id, String summary) throws IOException {
        try (ExecutionStore.Lock lock = store.tryLock(id)) {
            if (lock == null) {
                return;
            }
            ExecutionState older = store.load(id);
            if (older.status() != Status.IN_PROGRESS) {
                return;
            }
            older.waitingAt(null);
            older.queuedAt(null);
            older.status(Status.SUPERSEDED, clock.now());
            older.statusSummary(summary);
            store.save(older);
            listener.note("", "execution " + id + " " + summary.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + summary.substring(1));
        }
    }

    /**
     * Continues execution {@code id} waiting in front of a stage, at a transition (now enabled) or for a stage
     * another execution held: it enters the stage if it may and plays on.
     */
    ExecutionState resume(String id) throws IOException, InterruptedException {
        try (ExecutionStore.Lock lock = store.tryLock(id)) {
            ExecutionState execution = store.load(id);
            if (lock == null) {
                // someone plays it right now: it does not wait at the transition any more
                return execution;
            }
            if (execution.status() != Status.IN_PROGRESS || (execution.waitingAt() == null && execution.queuedAt() == null)) {
                return execution;
            }
            Pipeline pipeline = read(execution.setup());
            checkUnchanged(execution, pipeline);
            return playing(execution, pipeline);
        }
    }

    private String checkedId(String id) throws IOException {
        if (!ExecutionStore.isId(id)) {
            throw new IOException("'" + id + "' is not an execution id (see 'codestages history')");
        }
        return id;
    }

    /**
     * Takes the stage for {@code execution}, as CodePipeline's stage lock
     * (https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works.html#concepts-how-it-works-executions):
     * in SUPERSEDED and QUEUED mode a stage holds one execution at a time (an approval waiting in it holds it
     * too; a failed or stopped stage lets go). An execution that finds the stage held waits in front of it
     * (the record's {@code queuedAt}); in SUPERSEDED mode a newer execution waiting there supersedes it, in
     * QUEUED mode they enter in the order they started. PARALLEL executions never wait. The check and the
     * entry happen under the store's lock, so two processes never both enter. While the holder is being
     * played the waiter polls the store; when the holder only waits (at an approval), the waiter is left
     * waiting too (InProgress, the command ends) and the command that moves the holder on continues it
     * ({@link PipelineControl}).
     *
     * @return false when the execution does not enter now: superseded, stopped, or left waiting
     */
    private boolean entered(ExecutionState execution, StageState stage, Pipeline pipeline)
            throws IOException, InterruptedException {
        String mode = executionMode(pipeline);
        while (true) {
            if (stopped || stopAsked != null) {
                return false;
            }
            String holder = null;
            boolean holderPlayed = false;
            try (ExecutionStore.Lock admission = store.lock()) {
                ExecutionState ahead = null;
                String newer = null;
                if (!mode.equals("PARALLEL")) {
                    for (ExecutionState other : store.history()) {
                        if (other.executionId().equals(execution.executionId()) || other.status().isFinal()
                                || !other.pipelineName().equals(execution.pipelineName())) {
                            continue;
                        }
                        StageState same = other.stage(stage.name());
                        if (same != null && same.status() == Status.IN_PROGRESS) {
                            holder = other.executionId();
                        } else if (stage.name().equals(other.queuedAt())) {
                            if (!other.startTime().isBefore(execution.startTime())) {
                                newer = other.executionId();
                            } else if (mode.equals("SUPERSEDED")) {
                                supersede(other.executionId(), "Superseded by execution " + execution.executionId()
                                        + ", a newer one waiting to enter " + stage.name());
                            } else if (ahead == null || other.startTime().isBefore(ahead.startTime())) {
                                ahead = other;
                            }
                        }
                    }
                }
                if (mode.equals("SUPERSEDED") && newer != null) {
                    execution.queuedAt(null);
                    execution.status(Status.SUPERSEDED, clock.now());
                    execution.statusSummary("Superseded by execution " + newer + ", a newer one waiting to enter "
                            + stage.name());
                    listener.note(stage.name(), execution.statusSummary());
                    save(execution);
                    return false;
                }
                if (holder == null && ahead == null) {
                    execution.queuedAt(null);
                    execution.statusSummary(null);
                    stage.status(Status.IN_PROGRESS);
                    listener.started(stage.name());
                    save(execution);
                    return true;
                }
                String blocker = holder != null ? holder : ahead.executionId();
                holderPlayed = isPlayed(blocker);
                String summary = "Waiting to enter " + stage.name() + (holder != null ? ", which execution " + holder
                        + " holds" : ", behind execution " + blocker + " (QUEUED)");
                if (!stage.name().equals(execution.queuedAt()) || !summary.equals(execution.statusSummary())) {
                    execution.queuedAt(stage.name());
                    execution.statusSummary(summary);
                    listener.note(stage.name(), summary);
                    save(execution);
                }
                if (!holderPlayed) {
                    // the holder waits (at an approval) and nobody plays it: so does this one, until the
                    // command that moves the holder on continues it
                    return false;
                }
            }
            Thread.sleep(STOP_POLL.toMillis());
        }
    }

    /** True when some command holds the lock of execution {@code id}: it is being played, not left waiting. */
    private boolean isPlayed(String id) throws IOException {
        try (ExecutionStore.Lock lock = store.tryLock(id)) {
            return lock == null;
        }
    }

    /** Reads the pipeline an execution was started from. */
    public static Pipeline read(ExecutionSetup setup) throws IOException {
        Path source = setup.pipelineSource();
        return PipelineFiles.read(source, source.toString());
    }

    /** Editing a pipeline cancels its running executions in AWS; here a changed shape is refused. */
    private static void checkUnchanged(ExecutionState execution, Pipeline pipeline) throws IOException {
        List<String> now = new ArrayList<>();
        pipeline.stages().forEach(stage -> stage.actions().forEach(a -> now.add(text(stage.name()) + "/" + text(a.name()))));
        List<String> then = new ArrayList<>();
        execution.stages().forEach(stage -> stage.actions().forEach(a -> then.add(stage.name() + "/" + a.name())));
        if (!now.equals(then)) {
            throw new IOException("the pipeline's stages or actions changed since execution " + execution.executionId()
                    + " started; start a new execution with 'codestages run'");
        }
    }

    private void play(ExecutionState execution, PlayedPipeline played) throws IOException, InterruptedException {
        Pipeline pipeline = played.model();
        List<Stage> stages = pipeline.stages();
        for (int s = 0; s < stages.size(); s++) {
            StageState stage = execution.stages().get(s);
            if (stopped || stopAsked != null) {
                return;
            }
            if (stage.status() != null && stage.status() != Status.IN_PROGRESS) {
                continue;
            }
            if (stage.status() == null && s > 0 && waitsAtTransition(execution, stage, pipeline)) {
                return;
            }
            if (stage.status() == null && !entered(execution, stage, pipeline)) {
                return;
            }
            for (List<Action> group : stages.get(s).runOrderGroups()) {
                List<Action> waiting = group.stream().filter(a -> stage.action(text(a.name())).status() == null).toList();
                if (stopped || stopAsked != null) {
                    return;
                }
                if (!waiting.isEmpty()) {
                    playGroup(execution, played, stage, waiting);
                }
                if (stopped || stopAsked != null) {
                    // stop and wait: the group's actions have ended; nothing after them starts
                    return;
                }
                List<ActionState> states = group.stream().map(a -> stage.action(text(a.name()))).toList();
                if (states.stream().anyMatch(a -> a.status() == Status.IN_PROGRESS)) {
                    save(execution);
                    return;
                }
                if (states.stream().anyMatch(a -> a.status() == Status.FAILED)) {
                    endStage(execution, stage, Status.FAILED);
                    execution.status(Status.FAILED, clock.now());
                    save(execution);
                    return;
                }
            }
            boolean stubbed = stage.actions().stream().anyMatch(a -> a.status() == Status.STUBBED);
            endStage(execution, stage, stubbed ? Status.STUBBED : Status.SUCCEEDED);
        }
        execution.status(Status.SUCCEEDED, clock.now());
        save(execution);
    }

    private void endStage(ExecutionState execution, StageState stage, Status status) throws IOException {
        stage.status(status);
        Instant first = stage.actions().stream().map(ActionState::startTime).filter(t -> t != null).min(Instant::compareTo)
                .orElse(clock.now());
        listener.ended(stage.name(), status, Duration.between(first, clock.now()).toMillis());
        save(execution);
    }

    private void playGroup(ExecutionState execution, PlayedPipeline pipeline, StageState stage, List<Action> actions)
            throws IOException, InterruptedException {
        // the scope is taken before the group starts: actions of one runOrder never see each other's variables
        VariableScope scope = new VariableScope(execution.variables());
        ExecutorService threads = Executors.newFixedThreadPool(actions.size(), runnable -> {
            Thread thread = new Thread(runnable, "codestages-action");
            thread.setDaemon(true);
            return thread;
        });
        group = threads;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Action action : actions) {
                running.add(threads.submit(() -> {
                    playAction(execution, pipeline, stage, action, scope);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (java.util.concurrent.CancellationException e) {
                    throw new InterruptedException("the execution was stopped");
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof InterruptedException interrupted) {
                        throw interrupted;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            group = null;
            threads.shutdownNow();
            if (stopped) {
                // abandoned: the interrupted actions kill what they started before their threads end
                threads.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            }
        }
    }

    private void playAction(ExecutionState execution, PlayedPipeline pipeline, StageState stage, Action action,
                            VariableScope scope)
            throws IOException, InterruptedException {
        ActionState state = stage.action(text(action.name()));
        String step = stage.name() + "/" + state.name();
        state.start(clock.now());
        listener.started(step);
        save(execution);
        ActionOutcome outcome;
        try (ActionLog log = new ActionLog(step, listener, store.log(execution.executionId(), stage.name(), state.name()))) {
            try {
                outcome = outcome(execution, pipeline, stage, action, scope, log);
            } catch (IOException e) {
                outcome = ActionOutcome.failed(e.getMessage());
            } catch (RuntimeException e) {
                // a bug in a player fails its action loudly, never the whole engine silently
                outcome = ActionOutcome.failed("internal error: " + e);
            }
        }
        state.outputVariables(outcome.outputVariables());
        if (outcome.phases() != null) {
            state.phases(outcome.phases());
        }
        if (state.deployment() != null) {
            // the deployment's action has ended: a StopDeployment asked for it has nothing left to stop
            deploymentStops.clear(state.deployment().deploymentId());
        }
        if (outcome.deployment() != null) {
            deploymentStops.clear(outcome.deployment().deploymentId());
            state.deployment(outcome.deployment());
        } else if (state.deployment() != null && !state.deployment().ended()) {
            // the player ended with an error before its deployment's own end: the deployment did not complete
            state.deployment(state.deployment().withStatus("Failed"));
        }
        if (action.namespace().isPresent()) {
            // only an action with a namespace makes its variables referable (variables reference, "Namespaces")
            outcome.outputVariables().forEach((name, value) -> execution.variable(text(action.namespace()) + "." + name, value));
        }
        if (outcome.status() == Status.IN_PROGRESS) {
            listener.note(step, "waiting for a decision: codestages approve " + execution.executionId()
                    + " --action " + step + " (or reject)");
            save(execution);
            return;
        }
        end(execution, step, state, outcome);
    }

    private void end(ExecutionState execution, String step, ActionState state, ActionOutcome outcome) throws IOException {
        if (stopped) {
            return;
        }
        Instant now = clock.now();
        state.finish(outcome.status(), now, outcome.error());
        if (outcome.error() != null) {
            listener.note(step, outcome.error().message());
        }
        listener.ended(step, outcome.status(), state.startTime() == null ? 0 : Duration.between(state.startTime(), now).toMillis());
        save(execution);
    }

    private ActionOutcome outcome(ExecutionState execution, PlayedPipeline pipeline, StageState stage, Action action,
                                  VariableScope scope, ActionLog log) throws IOException, InterruptedException {
        String name = text(action.name());
        String step = stage.name() + "/" + name;
        VariableScope.Resolution resolution = scope.resolve(action.configuration().asMap());
        if (!resolution.unresolved().isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", VariableScope.unresolvedMessage(name, resolution.unresolved()));
        }
        String stub = execution.setup().stubs().get(step);
        if (stub != null) {
            log.note("", "stood in for by --stub " + step + "=" + stub + ": nothing was played");
            return "succeed".equals(stub) ? new ActionOutcome(Status.STUBBED, null, Map.of(), null, null)
                    : ActionOutcome.failed("JobFailed", "failed as told by --stub " + step + "=fail");
        }
        List<String> inputs = names(action.inputArtifacts());
        for (String input : inputs) {
            if (!execution.artifacts().containsKey(input)) {
                return ActionOutcome.failed("ConfigurationError", "input artifact '" + input
                        + "' was not produced by an earlier action");
            }
        }
        String provider = text(action.provider());
        for (String input : inputs) {
            if (!provider.equals("CodeBuild") && CloneReference.is(execution.artifacts().get(input))) {
                // action-reference-CodeCommit.html: the Git URL reference can only be used by CodeBuild
                return ActionOutcome.failed("ConfigurationError", "input artifact '" + input + "' is a git clone"
                        + " reference (OutputArtifactFormat CODEBUILD_CLONE_REF): only a CodeBuild action can use it");
            }
        }
        if (action.isApproval() && provider.equals("Manual")) {
            return approval(execution, step, action, resolution.configuration());
        }
        ActionPlayer player = action.isSource() && SourcePlayer.plays(text(action.owner()), provider) ? SOURCES
                : !action.owner().is("AWS") || action.isSource() ? null
                : players.getOrDefault(text(action.category()) + "/" + provider, players.get(provider));
        if (player == null) {
            return ActionOutcome.failed("ConfigurationError", provider + " is not simulated locally; stand in for it with"
                    + " --stub " + step + "=succeed or =fail");
        }
        Path work = store.directory(execution.executionId()).resolve("work").resolve(ExecutionStore.safe(stage.name()))
                .resolve(ExecutionStore.safe(name));
        Path artifacts = storeDir.resolve("artifacts").resolve(execution.executionId());
        ActionRun run = new ActionRun(execution, pipeline, stage.name(), name, provider, resolution.configuration(),
                inputs, names(action.outputArtifacts()), log, work, artifacts, storeDir, secrets,
                new Progress(execution, stage.action(name), log));
        return player.play(run);
    }

    private ActionOutcome approval(ExecutionState execution, String step, Action action, Map<String, String> configuration) {
        ActionState state = execution.action(step).orElseThrow();
        Duration timeout = APPROVAL_TIMEOUT;
        if (execution.approvalTimeout() != null) {
            timeout = execution.approvalTimeout();
        } else if (action.timeoutInMinutes().isLiteral()) {
            try {
                timeout = Duration.ofMinutes(Long.parseLong(action.timeoutInMinutes().text().trim()));
            } catch (NumberFormatException e) {
                timeout = APPROVAL_TIMEOUT;
            }
        }
        String token = UUID.randomUUID().toString();
        Instant expires = state.startTime().plus(timeout);
        ActionState.Approval pending = new ActionState.Approval(token, expires, null, null,
                configuration.get("CustomData"), configuration.get("ExternalEntityLink"));
        state.approval(pending);
        ApprovalDecider.Answer answer = decider.decide(step, pending.customData(), pending.externalEntityLink());
        switch (answer.decision()) {
            case APPROVED:
                state.approval(pending.decided("Approved", answer.summary()));
                return ActionOutcome.succeeded(Map.of());
            case REJECTED:
                state.approval(pending.decided("Rejected", answer.summary()));
                return rejected(answer.summary());
            default:
                return new ActionOutcome(Status.IN_PROGRESS, null, Map.of(), null, null);
        }
    }

    private static ActionOutcome rejected(String summary) {
        return ActionOutcome.failed("JobFailed", "Rejected" + (summary == null || summary.isBlank() ? "" : ": " + summary));
    }

    private static List<String> names(List<dev.codestages.pipeline.Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.name().isPresent()).map(a -> a.name().text()).toList();
    }

    private static String text(Value value) {
        return value.isPresent() ? value.text() : "";
    }

    /**
     * The engine's ear for one running action: its deployment goes into the record and is saved at once (the
     * state file is replaced atomically, so readers see the deployment InProgress, Ready, ...), and a stop and
     * abandon asked for the execution, by this process or another ({@link #watchStops}), is its work's cue to
     * stop now.
     */
    private final class Progress implements ActionProgress {
        private final ExecutionState execution;
        private final ActionState action;
        private final ActionLog log;

        Progress(ExecutionState execution, ActionState action, ActionLog log) {
            this.execution = execution;
            this.action = action;
            this.log = log;
        }

        @Override
        public void deployment(ActionState.Deployment deployment) {
            action.deployment(deployment);
            try {
                save(execution);
            } catch (IOException e) {
                log.note("", "cannot record deployment " + deployment.deploymentId() + " yet: " + e.getMessage());
            }
        }

        @Override
        public java.util.Optional<String> stopNow() {
            StopRequest stop = stopAsked;
            if (stop != null && stop.abandon()) {
                return java.util.Optional.of(stop.summary());
            }
            ActionState.Deployment deployment = action.deployment();
            return deployment != null && deploymentStop(deployment.deploymentId()).isPresent()
                    ? java.util.Optional.of(ActionOutcome.stoppedDeployment(deployment.deploymentId()))
                    : java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Boolean> deploymentStop(String deploymentId) {
            return deploymentStops.asked(deploymentId);
        }
    }
}
